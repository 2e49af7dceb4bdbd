#!/usr/bin/env python3
"""Reload benchmarks for mayfly (issue 4), on a release build.

  swaps  While wrk drives a tenant, replace it 20 times by file rename and
         20 times by admin PUT; report wrk's non-2xx and socket errors and
         the time from each rename/PUT to the first response of the new
         version.
  many   Load N tenants (default 1000) in one server; report startup time,
         RSS per tenant, and check that every tenant answers.

Usage: python3 wrk-scripts/reload/reload_bench.py swaps|many [--tenants N]
Run from the repository root after `cargo build --release -p mayfly`.
Only 127.0.0.1 is used.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAYFLY = os.path.join(ROOT, "target", "release", "mayfly")
LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "count-status.lua")
TOKEN = "bench-token"


def guest(body: str) -> str:
    """A WAT tenant answering `body`."""
    return f"""(module
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 256 256 (pagesize 1))
  (data (i32.const 0) "{body}")
  (func (export "mayfly_handle") (call $body (i32.const 0) (i32.const {len(body)}))))
"""


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tenants: str, config: str = None, log: str = None, binary: str = MAYFLY):
        self.port, self.admin_port = free_port(), free_port()
        env = dict(os.environ, MAYFLY_ADMIN_TOKEN=TOKEN, RUST_LOG="warn")
        self.started = time.monotonic()
        # Without --config, config/mayfly.toml (cwd is the repository root).
        extra = ["--config", config] if config else []
        self.proc = subprocess.Popen(
            [binary, "serve", "--listen", f"127.0.0.1:{self.port}",
             "--admin-listen", f"127.0.0.1:{self.admin_port}", "--tenants", tenants] + extra,
            cwd=ROOT, env=env, stderr=open(log, "w") if log else subprocess.DEVNULL)
        # Generous: a cold start of thousands of tenants takes minutes.
        deadline = time.monotonic() + 1800
        while True:
            # The server answers /healthz at once and loads its tenants in
            # the background: ready is when none is pending any more.
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.admin_port, timeout=1)
                conn.request("GET", "/healthz")
                reply = conn.getresponse()
                if reply.status == 200 and json.loads(reply.read()).get("pending", 0) == 0:
                    break
            except (OSError, ValueError):
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                sys.exit("mayfly did not start")
            time.sleep(0.01)
        self.ready_after = time.monotonic() - self.started

    def cpu_seconds(self) -> float:
        """User + system CPU the server has used so far."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_kib(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=30)


def wait_for(conn: http.client.HTTPConnection, path: str, body: str, since: float) -> float:
    while True:
        conn.request("GET", path)
        reply = conn.getresponse().read().decode()
        if reply == body:
            return time.monotonic() - since
        if time.monotonic() - since > 10:
            sys.exit(f"{path} never answered {body!r}")
        time.sleep(0.0005)


def swaps(args):
    tenants = tempfile.mkdtemp(prefix="mayfly-swaps-")
    with open(os.path.join(tenants, "swap.wat"), "w") as f:
        f.write(guest("v0"))
    server = Server(tenants)
    check = http.client.HTTPConnection("127.0.0.1", server.port)
    wait_for(check, "/swap/", "v0", time.monotonic())
    url = f"http://127.0.0.1:{server.port}/swap/"
    wrk = subprocess.Popen(["wrk", "-t1", "-c8", f"-d{args.duration}s", "-s", LUA, url],
                           stdout=subprocess.PIPE, text=True)
    time.sleep(1)
    poll = http.client.HTTPConnection("127.0.0.1", server.port)
    admin = http.client.HTTPConnection("127.0.0.1", server.admin_port)
    renames, puts = [], []
    for i in range(1, 21):
        body = f"rename{i}"
        temp = os.path.join(tenants, ".swap.wat.tmp")
        with open(temp, "w") as f:
            f.write(guest(body))
        t0 = time.monotonic()
        os.rename(temp, os.path.join(tenants, "swap.wat"))
        renames.append(wait_for(poll, "/swap/", body, t0))
    for i in range(1, 21):
        body = f"put{i}"
        t0 = time.monotonic()
        admin.request("PUT", "/tenants/swap", body=guest(body).encode(),
                      headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/x-wat"})
        status = admin.getresponse()
        status.read()
        if status.status != 200:
            sys.exit(f"PUT answered {status.status}")
        puts.append(wait_for(poll, "/swap/", body, t0))
    out, _ = wrk.communicate()
    server.stop()
    shutil.rmtree(tenants)
    summary = json.loads(out.strip().splitlines()[-1])
    ms = lambda xs: f"p50 {statistics.median(xs) * 1000:.1f} ms, max {max(xs) * 1000:.1f} ms"
    socket_errors = sum(summary[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    print(f"wrk -t1 -c8 -d{args.duration}s during 20 renames + 20 PUTs: "
          f"{summary['requests']} requests, {summary['requests'] / (summary['duration_us'] / 1e6):.0f} req/s, "
          f"non-2xx {summary['non2xx']}, socket errors {socket_errors}")
    print(f"rename -> first new response: {ms(renames)}")
    print(f"PUT    -> first new response: {ms(puts)} (PUT answers after the swap)")
    return 0 if summary["non2xx"] == 0 and socket_errors == 0 else 1


def many(args):
    empty = tempfile.mkdtemp(prefix="mayfly-none-")
    base = Server(empty)
    time.sleep(0.5)
    base_rss = base.rss_kib()
    base.stop()
    tenants = tempfile.mkdtemp(prefix="mayfly-many-")
    for i in range(args.tenants):
        with open(os.path.join(tenants, f"t{i}.wat"), "w") as f:
            f.write(guest(f"tenant {i}"))
    server = Server(tenants)
    rss = server.rss_kib()
    conn = http.client.HTTPConnection("127.0.0.1", server.port)
    failures = 0
    for i in range(args.tenants):
        conn.request("GET", f"/t{i}/")
        reply = conn.getresponse()
        if reply.read().decode() != f"tenant {i}" or reply.status != 200:
            failures += 1
    server.stop()
    shutil.rmtree(tenants)
    shutil.rmtree(empty)
    print(f"{args.tenants} tenants: ready in {server.ready_after:.2f} s, RSS {rss / 1024:.1f} MiB "
          f"({(rss - base_rss) / args.tenants:.1f} KiB per tenant over an empty server's "
          f"{base_rss / 1024:.1f} MiB), {args.tenants - failures}/{args.tenants} answered")
    return 0 if failures == 0 else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["swaps", "many"])
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--duration", type=int, default=12, help="wrk seconds for swaps")
    args = parser.parse_args()
    if not os.path.exists(MAYFLY):
        sys.exit("build first: cargo build --release -p mayfly")
    sys.exit(swaps(args) if args.what == "swaps" else many(args))


if __name__ == "__main__":
    main()
