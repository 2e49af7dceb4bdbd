#!/usr/bin/env bash
# Runs each cargo-fuzz target for a bounded time, one after the other, and
# fails on the first crash (the reproducer lands in fuzz/artifacts/TARGET/;
# minimise it with `cargo fuzz tmin`, fix the cause, and commit it under
# fuzz/regressions/TARGET/ so tests/fuzz_smoke.rs replays it on stable).
#   fuzz/run.sh [SECONDS] [TARGET...]         default 600 s, both targets
# Needs cargo-fuzz (`cargo install cargo-fuzz`). With a nightly toolchain it
# builds with AddressSanitizer; FUZZ_TOOLCHAIN=stable builds with
# `--sanitizer none` (coverage-guided, no ASan: fine for safe Rust, which is
# all of mayfly outside wasmtime).
# New inputs go to fuzz/corpus/TARGET (scratch, not committed); the seeds
# are fuzz/seeds/TARGET plus, for the compiler, every Python program in the
# repository's tests and tenants.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(compile_python host_calls)
toolchain="${FUZZ_TOOLCHAIN:-nightly}"
sanitizer=()
[[ $toolchain == nightly ]] || sanitizer=(--sanitizer none)
# `cargo +TOOLCHAIN` needs rustup; the stable run (CI's) uses whatever
# `cargo` is on the PATH.
cargo=(cargo)
[[ $toolchain == stable ]] || cargo=(cargo "+$toolchain")
for target in "${targets[@]}"; do
    seeds=("seeds/$target")
    [[ $target == compile_python ]] && seeds+=(../tenants ../tests/python/corpus ../tests/python/flask)
    mkdir -p "corpus/$target"
    echo "== $target for ${seconds}s ($toolchain${sanitizer:+, ${sanitizer[*]}})"
    # -rss_limit_mb: the sandbox reserves pool address space up front, so
    # count only what is resident; -timeout: a guest is cut by its fuel and
    # deadline long before 10 s, so anything slower is a hang worth a report.
    "${cargo[@]}" fuzz run "${sanitizer[@]}" "$target" "corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1
done
