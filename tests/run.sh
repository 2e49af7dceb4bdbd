#!/usr/bin/env bash
# The README's test command: sets up what the tests need, then runs
# `cargo test --workspace`. Works on a fresh clone with nothing prepared;
# .ci/run calls exactly this.
#
#     bash tests/run.sh                 # every test of the workspace
#     bash tests/run.sh -p mayfly --test flask   # arguments go to cargo test instead
#
# What it prepares:
# - .venv at the repository root with tests/python/requirements.txt from
#   PyPI (real Flask for tests/flask.rs, the Prometheus parser for the
#   metrics test). Recreated only when the requirements file changes, so
#   a second run costs nothing.
# What it cannot install, it names with the command to run, and stops:
# a missing prerequisite is a failure, never a skipped test.
set -euo pipefail
cd "$(dirname "$0")/.."

missing() {
    echo "tests/run.sh: $1" >&2
    echo "  to fix it, run: $2" >&2
    exit 1
}

command -v cargo >/dev/null ||
    missing "cargo is not on PATH" "curl https://sh.rustup.rs -sSf | sh  (or apt-get install cargo)"
command -v python3 >/dev/null ||
    missing "python3 is not on PATH (the differential tests run CPython as the reference)" \
        "apt-get install -y python3 python3-venv"

# The case-mapping tables are generated from CPython 3.11 (Unicode 14.0.0)
# and tests compare against python3 on PATH: another version would fail
# them for reasons that are not mayfly's.
unicode=$(python3 -c 'import unicodedata; print(unicodedata.unidata_version)')
[ "$unicode" = "14.0.0" ] ||
    missing "python3 ($(python3 --version 2>&1)) has Unicode $unicode; the tests need CPython 3.11 (Unicode 14.0.0)" \
        "apt-get install -y python3 python3-venv  (Debian 12 ships 3.11), or put a CPython 3.11 first on PATH"

requirements=tests/python/requirements.txt
stamp=.venv/.requirements.sha256
wanted=$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$requirements")
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "tests/run.sh: installing $requirements into .venv" >&2
    # Debian's python3 without python3-venv leaves a .venv with no pip
    # behind when this fails: remove it so the next run starts clean.
    python3 -m venv .venv || {
        rm -rf .venv
        missing "python3 cannot create a venv" "apt-get install -y python3-venv"
    }
    .venv/bin/pip install -q --disable-pip-version-check -r "$requirements" ||
        missing "pip could not install $requirements (is PyPI reachable?)" \
            ".venv/bin/pip install -r $requirements"
    echo "$wanted" >"$stamp"
fi

if [ "$#" -gt 0 ]; then
    exec cargo test "$@"
fi
exec cargo test --workspace
