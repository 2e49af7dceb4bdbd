#!/usr/bin/env bash
# bench.sh — one command for mayfly's wrk benchmarks.
#
#   wrk-scripts/bench.sh [options]
#
# Builds the release binary, starts `mayfly serve` on the shipped tenants
# (logging at warn), warms up, runs wrk against the vanilla route (built-in
# hello, no sandbox) and every sandboxed route, and prints one markdown
# table per wrk setting with the ratio of each row's req/s to the vanilla
# route's in the same run. With --peers the same hello and msisdn apps run on
# Python servers too, in the same table; with --load seed004 the seed's
# moderate and high loads follow. The lifecycle micro-benchmark comes first.
#
# Every figure is measured by this invocation: wrk writes JSON through
# report.lua, results.py turns those files into the table.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
CORES="$(nproc)"

usage() {
    cat <<EOF
usage: wrk-scripts/bench.sh [options]

  -t, --threads N        wrk threads for the main table (default 1)
  -c, --connections N    wrk connections for the main table (default 8)
  -d, --duration S       seconds per measured run (default 5)
      --warmup S         seconds of discarded wrk load per target first (default 2)
      --rounds N         measured rounds, interleaved across targets; the table
                         shows the median round by req/s (default 3)
      --routes LIST      comma-separated route labels for the main table
                         (default: all available; see ROUTES below)
      --timeout S        wrk's per-request timeout (default 2, wrk's own default)
      --peers            also measure gunicorn+Flask, granian+Flask, granian with a
                         raw WSGI callable and uvicorn with a raw ASGI callable
      --peer-workers N   worker processes per Python server (default: cores = $CORES)
      --load seed004     add the seed's loads: moderate -t12 -c1000 and high
                         -t24 -c8000 (shortened, see --load-duration)
      --load-duration S  seconds per load run (default 10; the seed used 60 and 120)
      --load-routes LIST routes for the load sections (default vanilla,hello,msisdn)
      --no-main          skip the main table (e.g. with --load only)
      --no-lifecycle     skip the lifecycle micro-benchmark
      --perf LABEL       perf-record the mayfly process during a run of route LABEL
                         and print the top symbols
      --no-build         use the existing target/release/mayfly
      --tenants DIR      tenants to serve (default: tenants/)
      --config FILE      mayfly config (default: config/mayfly.toml)
      --out FILE         also write the report to FILE
  -h, --help

ROUTES (mayfly): vanilla /vanilla, hello /hello/, hello-wat /hello-wat/ (the
hand-written WAT hello when tenants/ ships one next to hello.py), ping
/clientbench/ping, bigger /clientbench/bigger, length-1024
/clientbench/length/1024, msisdn /api/v2/1234567890 (when tenants/msisdn.py
exists). A route whose tenant is missing, or which does not answer 2xx when
probed, is skipped with a note rather than measured.
EOF
}

# ---------------------------------------------------------------- options
BENCH_ARGS="$*"
THREADS=1 CONNECTIONS=8 DURATION=5 WARMUP=2 ROUNDS=3 ROUTES="" TIMEOUT=2
PEERS=0 PEER_WORKERS="$CORES" LOAD="" LOAD_DURATION=10 LOAD_ROUTES="vanilla,hello,msisdn"
MAIN=1 LIFECYCLE=1 PERF_LABEL="" BUILD=1 OUT=""
TENANTS_SRC="$ROOT/tenants" CONFIG_SRC="$ROOT/config/mayfly.toml"

die() { echo "bench.sh: $*" >&2; exit 2; }
need_int() { [[ "$2" =~ ^[1-9][0-9]*$ ]] || die "$1 needs a positive integer, got '$2'"; }

while (($#)); do
    case "$1" in
        -t|--threads) need_int "$1" "${2-}"; THREADS="$2"; shift 2 ;;
        -c|--connections) need_int "$1" "${2-}"; CONNECTIONS="$2"; shift 2 ;;
        -d|--duration) need_int "$1" "${2-}"; DURATION="$2"; shift 2 ;;
        --warmup) [[ "${2-}" =~ ^[0-9]+$ ]] || die "--warmup needs an integer"; WARMUP="$2"; shift 2 ;;
        --rounds) need_int "$1" "${2-}"; ROUNDS="$2"; shift 2 ;;
        --routes) ROUTES="${2-}"; shift 2 ;;
        --timeout) need_int "$1" "${2-}"; TIMEOUT="$2"; shift 2 ;;
        --peers) PEERS=1; shift ;;
        --peer-workers) need_int "$1" "${2-}"; PEER_WORKERS="$2"; shift 2 ;;
        --load) [[ "${2-}" == seed004 ]] || die "--load knows only 'seed004'"; LOAD="$2"; shift 2 ;;
        --load-duration) need_int "$1" "${2-}"; LOAD_DURATION="$2"; shift 2 ;;
        --load-routes) LOAD_ROUTES="${2-}"; shift 2 ;;
        --no-main) MAIN=0; shift ;;
        --no-lifecycle) LIFECYCLE=0; shift ;;
        --perf) PERF_LABEL="${2-}"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --tenants) TENANTS_SRC="$(cd "${2-}" && pwd)" || die "no tenants dir '${2-}'"; shift 2 ;;
        --config) CONFIG_SRC="$(realpath "${2-}")" || die "no config '${2-}'"; shift 2 ;;
        --out) OUT="${2-}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option '$1'" ;;
    esac
done

# Bounded durations: a typo like -d 6000 should not occupy the machine for
# hours. Longer runs are possible by editing these on purpose.
((DURATION <= 300)) || die "--duration is capped at 300 s"
((LOAD_DURATION <= 300)) || die "--load-duration is capped at 300 s"
((ROUNDS <= 20)) || die "--rounds is capped at 20"

# ---------------------------------------------------------------- tools
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"
PYTHON="$(command -v python3 || true)"
[[ -n "$PYTHON" ]] || die "python3 is missing (results.py needs it; --peers needs it with venv)"
command -v cargo >/dev/null || ((BUILD == 0)) || die "cargo is missing (or pass --no-build)"
if [[ -n "$PERF_LABEL" ]]; then command -v perf >/dev/null || die "perf is missing: apt-get install -y linux-perf"; fi

# ---------------------------------------------------------------- scratch + cleanup
WORK="$(mktemp -d /tmp/mayfly-bench.XXXXXX)"
RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
SERVER_PGIDS=()

# Servers run in their own process groups (setsid) so that one kill reaches
# a Python master and its workers; only groups this script started are killed.
cleanup() {
    local pgid
    for pgid in "${SERVER_PGIDS[@]}"; do
        kill -TERM -- "-$pgid" 2>/dev/null || true
    done
    # Graceful first (mayfly drains, Python masters stop their workers);
    # whatever is still there after 5 s is killed.
    for pgid in "${SERVER_PGIDS[@]}"; do
        for _ in {1..50}; do
            kill -0 -- "-$pgid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL -- "-$pgid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "bench.sh: $*" >&2; }

# ---------------------------------------------------------------- fd limits
# wrk needs one descriptor per connection and so does the server; 8000
# connections need far more than the usual soft limit of 1024.
NEEDED_FDS=$((CONNECTIONS + 1024))
[[ -n "$LOAD" ]] && NEEDED_FDS=$((8000 + 1024))
if (($(ulimit -n) < NEEDED_FDS)); then
    HARD="$(ulimit -Hn)"
    if [[ "$HARD" == unlimited ]] || ((HARD >= NEEDED_FDS)); then
        ulimit -n "$NEEDED_FDS"
    else
        ulimit -n "$HARD"
        log "warning: the fd hard limit is $HARD (< $NEEDED_FDS needed); connections may fail with EMFILE"
    fi
fi

free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until URL answers HTTP at all (any status) or the process dies.
wait_ready() {
    local name="$1" pid="$2" url="$3" logfile="$4" tries=0
    until curl -s -o /dev/null --max-time 1 "$url"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -20 "$logfile" >&2
            die "$name exited before it was ready"
        fi
        ((++tries <= 300)) || { tail -20 "$logfile" >&2; die "$name not ready on $url after 30 s"; }
        sleep 0.1
    done
}

# start_server NAME LOGFILE CMD...: starts CMD in its own process group,
# sets STARTED_PID.
start_server() {
    local name="$1" logfile="$2"
    shift 2
    setsid "$@" >"$logfile" 2>&1 &
    STARTED_PID=$!
    SERVER_PGIDS+=("$STARTED_PID")
}

# ---------------------------------------------------------------- build
cd "$ROOT"
if ((BUILD)); then
    log "building target/release/mayfly"
    cargo build --release -p mayfly --quiet
fi
MAYFLY="$ROOT/target/release/mayfly"
[[ -x "$MAYFLY" ]] || die "$MAYFLY does not exist (drop --no-build)"

# ---------------------------------------------------------------- tenants + config
# The server refuses a tenant name with two sources (tenants/ ships
# hello.py next to hello.wat). Stage a copy: the .py keeps the name, any
# other source of the same name is served as NAME-EXT (hello-wat), so both
# the compiled Python and the hand-written WAT get a row.
STAGED="$WORK/tenants"
mkdir -p "$STAGED"
declare -A HAVE_TENANT=()
for src in "$TENANTS_SRC"/*.py "$TENANTS_SRC"/*.wat "$TENANTS_SRC"/*.wasm; do
    [[ -e "$src" ]] || continue
    base="$(basename "$src")" name="${base%.*}" ext="${base##*.}"
    if [[ -n "${HAVE_TENANT[$name]-}" ]]; then
        log "note: tenant '$name' has more than one source; serving $base as '$name-$ext'"
        name="$name-$ext"
    fi
    cp "$src" "$STAGED/$name.$ext"
    HAVE_TENANT[$name]=1
done

CONFIG="$WORK/mayfly.toml"
cp "$CONFIG_SRC" "$CONFIG"
# The msisdn tenant answers the seed's Flask path; give it that route unless
# the config already routes to it.
if [[ -n "${HAVE_TENANT[msisdn]-}" ]] && ! grep -Eq '^[[:space:]]*tenant[[:space:]]*=[[:space:]]*"msisdn"' "$CONFIG"; then
    printf '\n[[route]]\npath = "/api/v2"\ntenant = "msisdn"\n' >>"$CONFIG"
fi

# label|path|tenant ("-" for none): the catalogue of mayfly routes.
CATALOGUE=(
    "vanilla|/vanilla|-"
    "hello|/hello/|hello"
    "hello-wat|/hello-wat/|hello-wat"
    "ping|/clientbench/ping|clientbench"
    "bigger|/clientbench/bigger|clientbench"
    "length-1024|/clientbench/length/1024|clientbench"
    "msisdn|/api/v2/1234567890|msisdn"
)
# Notes go to a file: the target lists are built in subshells.
NOTES="$WORK/notes.txt"
: >"$NOTES"
note() { echo "$*" >>"$NOTES"; }

# ---------------------------------------------------------------- lifecycle
LIFECYCLE_LOG="$WORK/lifecycle.log"
if ((LIFECYCLE)); then
    # Run before any server starts: it is single-threaded and timing-sensitive.
    guests=("$ROOT/tests/guests/hello.wat")
    labels=(--label "$ROOT/tests/guests/hello.wat=hello.wat (hand-written)")
    if [[ -f "$TENANTS_SRC/hello.py" ]]; then
        "$MAYFLY" --log warn build "$TENANTS_SRC/hello.py" -o "$WORK/hello.wasm" >/dev/null
        guests+=("$WORK/hello.wasm")
        labels+=(--label "$WORK/hello.wasm=hello.py (compiled, $(stat -c %s "$WORK/hello.wasm") bytes)")
    fi
    log "lifecycle micro-benchmark: ${guests[*]}"
    cargo bench --quiet -p mayfly-sandbox --bench lifecycle -- "${guests[@]}" >"$LIFECYCLE_LOG" 2>&1 ||
        { tail -20 "$LIFECYCLE_LOG" >&2; die "the lifecycle benchmark failed"; }
fi

# ---------------------------------------------------------------- mayfly
PORT="$(free_port)"
MAYFLY_BASE="http://127.0.0.1:$PORT"
start_server mayfly "$WORK/mayfly.log" "$MAYFLY" --log warn serve --listen "127.0.0.1:$PORT" --tenants "$STAGED" --config "$CONFIG"
MAYFLY_PID=$STARTED_PID
wait_ready mayfly "$MAYFLY_PID" "$MAYFLY_BASE/vanilla" "$WORK/mayfly.log"
log "mayfly pid $MAYFLY_PID on $MAYFLY_BASE"

# True if URL answers 2xx; otherwise records a note.
probe() {
    local what="$1" url="$2" code
    code="$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$url" || true)"
    if [[ "$code" != 2?? ]]; then
        note "$what: skipped, $url answered HTTP $code when probed"
        return 1
    fi
}

# mayfly_targets LIST: "server|label|url|pid" lines for the listed labels
# (all when LIST is empty) that are available and answer 2xx.
mayfly_targets() {
    local list=",$1," entry label path tenant
    for entry in "${CATALOGUE[@]}"; do
        IFS='|' read -r label path tenant <<<"$entry"
        [[ -z "$1" || "$list" == *",$label,"* ]] || continue
        if [[ "$tenant" != - && -z "${HAVE_TENANT[$tenant]-}" ]]; then
            [[ "$label" == msisdn ]] && note "mayfly msisdn: skipped, no tenants/msisdn.py yet (issue 5)"
            [[ "$label" != msisdn && -n "$1" ]] && note "mayfly $label: skipped, no tenant '$tenant'"
            continue
        fi
        probe "mayfly $label" "$MAYFLY_BASE$path" || continue
        echo "mayfly|$label|$MAYFLY_BASE$path|$MAYFLY_PID"
    done
}

# ---------------------------------------------------------------- peers
PEER_NAMES=()
declare -A PEER_BASE=() PEER_PID=()
if ((PEERS)); then
    VENV="$HERE/.venv"
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating $VENV"
        "$PYTHON" -m venv "$VENV" || die "python3 -m venv failed (apt-get install -y python3-venv)"
    fi
    # Installs only what is missing, so repeated runs stay offline-friendly.
    "$VENV/bin/python" -c 'import flask, gunicorn, granian, uvicorn, uvloop, httptools' 2>/dev/null ||
        "$VENV/bin/pip" install --quiet -r "$HERE/peers/requirements.txt" || die "pip install failed"
    PEER_VERSIONS="$("$VENV/bin/python" - <<'EOF'
from importlib.metadata import version
print(", ".join(f"{p} {version(p)}" for p in ("flask", "gunicorn", "granian", "uvicorn", "uvloop", "httptools")))
EOF
)"
    APPS="$HERE/peers"
    W="$PEER_WORKERS"
    start_peer() {
        local name="$1"
        shift
        local port
        port="$(free_port)"
        # The command line carries PORT as a placeholder.
        start_server "$name" "$WORK/$name.log" "${@//PORT/$port}"
        PEER_NAMES+=("$name")
        PEER_BASE[$name]="http://127.0.0.1:$port"
        PEER_PID[$name]=$STARTED_PID
        wait_ready "$name" "$STARTED_PID" "http://127.0.0.1:$port/hello/" "$WORK/$name.log"
    }
    # Access logs are off everywhere (as in mayfly at --log warn).
    start_peer gunicorn+flask "$VENV/bin/gunicorn" --workers "$W" --bind 127.0.0.1:PORT \
        --chdir "$APPS" --log-level warning flask_app:app
    start_peer granian+flask "$VENV/bin/granian" --interface wsgi --workers "$W" --host 127.0.0.1 --port PORT \
        --working-dir "$APPS" --log-level warning --no-access-log flask_app:app
    start_peer granian+raw-wsgi "$VENV/bin/granian" --interface wsgi --workers "$W" --host 127.0.0.1 --port PORT \
        --working-dir "$APPS" --log-level warning --no-access-log raw_wsgi:app
    start_peer uvicorn+raw-asgi "$VENV/bin/uvicorn" --workers "$W" --host 127.0.0.1 --port PORT \
        --app-dir "$APPS" --loop uvloop --http httptools --log-level warning --no-access-log raw_asgi:app
fi

# peer_targets LIST: the peers' hello and msisdn routes among LIST.
peer_targets() {
    local list=",$1," name label path
    for name in "${PEER_NAMES[@]}"; do
        for label in hello msisdn; do
            [[ -z "$1" || "$list" == *",$label,"* ]] || continue
            [[ $label == hello ]] && path=/hello/ || path=/api/v2/1234567890
            probe "$name $label" "${PEER_BASE[$name]}$path" || continue
            echo "$name|$label|${PEER_BASE[$name]}$path|${PEER_PID[$name]}"
        done
    done
}

# ---------------------------------------------------------------- wrk runs
# run_wrk SECTION ROUND THREADS CONNS SECONDS TARGET: one wrk run, recorded
# with the server's CPU ticks over the run (ROUND 0 = warm-up, not recorded).
run_wrk() {
    local section="$1" round="$2" threads="$3" conns="$4" seconds="$5" server label url pid
    IFS='|' read -r server label url pid <<<"$6"
    local json="$WORK/run.json" before after
    rm -f "$json"
    local drops_before drops_after
    before="$("$PYTHON" "$HERE/results.py" cpu-ticks "$pid")"
    drops_before="$("$PYTHON" "$HERE/results.py" listen-drops)"
    WRK_JSON_OUT="$json" wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout "${TIMEOUT}s" \
        -s "$HERE/report.lua" "$url" >"$WORK/wrk.txt" 2>&1 || { cat "$WORK/wrk.txt" >&2; die "wrk failed on $url"; }
    after="$("$PYTHON" "$HERE/results.py" cpu-ticks "$pid")"
    drops_after="$("$PYTHON" "$HERE/results.py" listen-drops)"
    [[ -s "$json" ]] || { cat "$WORK/wrk.txt" >&2; die "wrk wrote no JSON for $url"; }
    ((round > 0)) || return 0
    "$PYTHON" "$HERE/results.py" record --section "$section" --label "$label" --server "$server" --url "/${url#http://127.0.0.1:*/}" \
        --round "$round" --threads "$threads" --connections "$conns" --duration "$seconds" \
        --cpu-ticks "$((after - before))" --listen-drops "$((drops_after - drops_before))" --wrk-json "$json" >>"$RESULTS"
}

# run_section NAME THREADS CONNS SECONDS ROUNDS TARGET...: warm each target
# up, then measure ROUNDS rounds. Rounds go across all targets in turn, so
# a burst of load from elsewhere on the machine spreads over every row
# instead of landing on one.
run_section() {
    local section="$1" threads="$2" conns="$3" seconds="$4" rounds="$5" target round
    shift 5
    log "$section: wrk -t$threads -c$conns -d${seconds}s, $# targets, $rounds round(s)"
    if ((WARMUP > 0)); then
        for target in "$@"; do run_wrk "$section" 0 "$threads" "$conns" "$WARMUP" "$target"; done
    fi
    for ((round = 1; round <= rounds; round++)); do
        for target in "$@"; do run_wrk "$section" "$round" "$threads" "$conns" "$seconds" "$target"; done
    done
}

STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
LOADAVG_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

if ((MAIN)); then
    mapfile -t TARGETS < <(mayfly_targets "$ROUTES"; peer_targets "$ROUTES")
    ((${#TARGETS[@]})) || die "no route to measure"
    run_section main "$THREADS" "$CONNECTIONS" "$DURATION" "$ROUNDS" "${TARGETS[@]}"
fi

if [[ "$LOAD" == seed004 ]]; then
    # The seed measured its Flask route; the peers run the same app here.
    # One round each: these runs are long, and their point is errors.
    mapfile -t TARGETS < <(mayfly_targets "$LOAD_ROUTES"; peer_targets "msisdn")
    ((${#TARGETS[@]})) || die "no route to measure under load"
    run_section "seed004 moderate" 12 1000 "$LOAD_DURATION" 1 "${TARGETS[@]}"
    # Let the 8000 client sockets of the moderate run's TIME_WAIT state and
    # the server's connection tasks settle before the next wave.
    sleep 2
    run_section "seed004 high" 24 8000 "$LOAD_DURATION" 1 "${TARGETS[@]}"
fi

# ---------------------------------------------------------------- perf
PERF_REPORT="$WORK/perf.txt"
if [[ -n "$PERF_LABEL" ]]; then
    mapfile -t PT < <(mayfly_targets "$PERF_LABEL")
    ((${#PT[@]})) || die "--perf: route '$PERF_LABEL' is not available"
    IFS='|' read -r _ _ perf_url _ <<<"${PT[0]}"
    log "perf: recording mayfly during wrk -t$THREADS -c$CONNECTIONS on $perf_url"
    # DWARF call graphs: the release profile keeps line tables but no frame
    # pointers, so -g alone cannot attribute time to callers.
    perf record -q --call-graph dwarf,32768 -F 999 -p "$MAYFLY_PID" -o "$WORK/perf.data" -- sleep "$DURATION" >/dev/null 2>&1 &
    perf_pid=$!
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$perf_url" >/dev/null
    wait "$perf_pid" || true
    perf_table() { grep -v '^#' | grep -v '^$' | cut -c1-160 | sed -E 's/[[:space:]]+$//'; }
    {
        echo "### perf: the mayfly process during wrk -t$THREADS -c$CONNECTIONS on /${perf_url#http://127.0.0.1:*/}"
        echo
        echo "Self time by binary:"
        echo '```'
        perf report -i "$WORK/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | perf_table | head -6
        echo '```'
        echo "Inclusive time (children) of the request path's main parts:"
        echo '```'
        perf report -i "$WORK/perf.data" --children --sort symbol --stdio -g none 2>/dev/null | perf_table |
            grep -E 'service::run_guest|Sandbox>::handle|Sandbox>::new_store|InstancePre<T>::instantiate$|drop_in_place<wasmtime::runtime::store::Store<|DecommitQueue::flush|process_madvise|memset_avx|memmove_avx|Dispatcher<D,Bs,I,T>::poll_loop|\] epoll_wait|\] tcp_sendmsg$|\] tcp_recvmsg$|\] futex_wait$' |
            head -20
        echo '```'
    } >"$PERF_REPORT"
fi

# ---------------------------------------------------------------- report
report() {
    echo "## mayfly benchmarks — $STARTED_AT"
    echo
    echo "- command: \`wrk-scripts/bench.sh${BENCH_ARGS:+ $BENCH_ARGS}\`"
    echo "- machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(uname -sr), load average before the runs $LOADAVG_BEFORE"
    echo "- wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), report.lua counting every status; --timeout ${TIMEOUT}s; mayfly at --log warn with $CORES tokio workers"
    if ((PEERS)); then
        echo "- peers: $PEER_WORKERS worker processes each (one per core); $PEER_VERSIONS; gunicorn sync workers; uvicorn with uvloop + httptools"
    fi
    echo "- server CPU µs/req: user+system CPU of the server's processes during the run / requests answered"
    echo "- listen drops: TcpExtListenDrops during the run (connection attempts the kernel dropped because the listener's accept queue was full; wrk retries them after 1 s, so they cost latency, not errors); net.core.somaxconn $(cat /proc/sys/net/core/somaxconn), tcp_max_syn_backlog $(cat /proc/sys/net/ipv4/tcp_max_syn_backlog)"
    echo
    if ((LIFECYCLE)); then
        echo "### Lifecycle micro-benchmark (Store + instantiate + handler + copy-out + drop, one thread)"
        echo
        "$PYTHON" "$HERE/results.py" lifecycle "$LIFECYCLE_LOG" "${labels[@]}" || true
    fi
    "$PYTHON" "$HERE/results.py" table "$RESULTS"
    if [[ -s "$PERF_REPORT" ]]; then cat "$PERF_REPORT"; echo; fi
    if [[ -s "$NOTES" ]]; then
        echo "### Notes"
        echo
        sort -u "$NOTES" | sed 's/^/- /'
        echo
    fi
    # Anything the server logged at warn or above during the runs.
    if [[ -s "$WORK/mayfly.log" ]]; then
        echo "### mayfly log (warn and above)"
        echo
        echo '```'
        tail -20 "$WORK/mayfly.log"
        echo '```'
    fi
}
if [[ -n "$OUT" ]]; then
    report | tee "$OUT"
else
    report
fi
