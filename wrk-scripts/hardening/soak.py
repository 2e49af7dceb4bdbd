#!/usr/bin/env python3
"""Soak run (issue 7): millions of requests across 10 tenants with a reload
every 10 seconds; memory must not grow and nothing may fail unprovoked.

Ten tenants, Python and WAT: hello.py, clientbench.py, the seed's Flask
msisdn.py (at /api/v2), the Flask todos.py, three WAT test guests (hello,
echo, counter), two that are reloaded (swapwat.wat by rename through the
watcher, swappy.py by admin PUT and by in-place rewrite, in turn), and
burn.py, which runs out of fuel on /spin (the provoked errors: 504).
One wrk process cycles through 20 paths (one of them /burn/spin) until
--requests responses; every 10 s the driver reloads a tenant and waits for
the new version to answer. VmRSS of the server is sampled every 5 s.

Verdict: RSS at the end within 10% of RSS after warm-up, zero socket
errors, zero 5xx other than the provoked 504s (and no more 504s than the
burn tenant itself counted), every reload seen.

Usage (from the repository root, after `cargo build --release -p mayfly`):
    python3 wrk-scripts/hardening/soak.py [--requests 2000000] [--connections 16]
Only 127.0.0.1 is used.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reload"))
from reload_bench import MAYFLY, ROOT, TOKEN, Server, guest, wait_for  # noqa: E402

LUA = os.path.join(HERE, "soak.lua")
BURN = '''from mayfly import request


def on_client_request(request):
    if request.path == "/spin":
        n = 0
        while True:
            n = n + 1
    return "not burning"
'''
# The burn tenant's fuel is cut so a provoked request costs ~1 ms, not 60.
CONFIG = '''[[route]]
path = "/api/v2"
tenant = "msisdn"

[tenant.burn]
fuel = 1000000
'''
PATHS = [
    "/hello/", "/clientbench/ping", "/api/v2/1234567890", "/hello-wat/", "/echo/a?b=c",
    "/todos/todos", "/counter/", "/swapwat/", "/swappy/", "/clientbench/bigger",
    "/api/v2/447700900123", "/todos/todos/1", "/hello/", "/echo/x", "/burn/calm",
    "/swapwat/", "/api/v2/1", "/swappy/", "/clientbench/ping", "/burn/spin",
]


def swappy(version: int) -> str:
    return f'VERSION = "pv{version}"\n\n\ndef on_client_request():\n    return VERSION\n'


def stage(tenants: str):
    for name in ("hello.py", "clientbench.py", "msisdn.py", "todos.py"):
        shutil.copy(os.path.join(ROOT, "tenants", name), tenants)
    guests = os.path.join(ROOT, "tests", "guests")
    shutil.copy(os.path.join(guests, "hello.wat"), os.path.join(tenants, "hello-wat.wat"))
    for name in ("echo.wat", "counter.wat"):
        shutil.copy(os.path.join(guests, name), tenants)
    with open(os.path.join(tenants, "swapwat.wat"), "w") as f:
        f.write(guest("v0"))
    with open(os.path.join(tenants, "swappy.py"), "w") as f:
        f.write(swappy(0))
    with open(os.path.join(tenants, "burn.py"), "w") as f:
        f.write(BURN)


class Reloader(threading.Thread):
    """Every `period` seconds replaces one of the two swap tenants, in turn
    by rename (watcher), admin PUT, and in-place write (watcher), and waits
    until the new version answers."""

    def __init__(self, server: Server, tenants: str, period: float):
        super().__init__(daemon=True)
        self.server, self.tenants, self.period = server, tenants, period
        self.stop = threading.Event()
        self.done, self.failures, self.latencies = 0, [], []

    def reload(self, n: int):
        poll = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        kind = n % 3
        t0 = time.monotonic()
        if kind == 0:
            temp = os.path.join(self.tenants, ".swapwat.wat.tmp")
            with open(temp, "w") as f:
                f.write(guest(f"v{n}"))
            os.rename(temp, os.path.join(self.tenants, "swapwat.wat"))
            self.latencies.append(wait_for(poll, "/swapwat/", f"v{n}", t0))
        elif kind == 1:
            admin = http.client.HTTPConnection("127.0.0.1", self.server.admin_port, timeout=30)
            admin.request("PUT", "/tenants/swappy", body=swappy(n).encode(),
                          headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/x-python"})
            reply = admin.getresponse()
            reply.read()
            if reply.status != 200:
                self.failures.append(f"PUT answered {reply.status}")
                return
            self.latencies.append(wait_for(poll, "/swappy/", f"pv{n}", t0))
        else:
            with open(os.path.join(self.tenants, "swappy.py"), "w") as f:
                f.write(swappy(n))
            self.latencies.append(wait_for(poll, "/swappy/", f"pv{n}", t0))
        self.done += 1

    def run(self):
        n = 1
        while not self.stop.wait(self.period):
            try:
                self.reload(n)
            except (OSError, SystemExit) as err:
                self.failures.append(f"reload {n}: {err}")
            n += 1


def admin_get(server: Server, path: str) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", server.admin_port, timeout=10)
    conn.request("GET", path, headers={"Authorization": f"Bearer {TOKEN}"})
    return json.loads(conn.getresponse().read())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2_000_000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--reload-every", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds of load before the first RSS sample")
    args = parser.parse_args()
    if not os.path.exists(MAYFLY):
        sys.exit("build first: cargo build --release -p mayfly")
    work = tempfile.mkdtemp(prefix="mayfly-soak-")
    tenants, done_dir = os.path.join(work, "tenants"), os.path.join(work, "done")
    os.makedirs(tenants)
    os.makedirs(done_dir)
    stage(tenants)
    config = os.path.join(work, "mayfly.toml")
    with open(config, "w") as f:
        f.write(CONFIG)
    log = os.path.join(work, "server.log")
    server = Server(tenants, config=config, log=log)
    base = f"http://127.0.0.1:{server.port}"
    check = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    for path in sorted(set(PATHS)):
        check.request("GET", path)
        reply = check.getresponse()
        reply.read()
        expected = "504" if path == "/burn/spin" else "2xx"
        if str(reply.status) != expected and not (expected == "2xx" and 200 <= reply.status < 300):
            server.stop()
            sys.exit(f"{path} answered {reply.status}, expected {expected} (log: {log})")
    rss_start = server.rss_kib()

    threads = 1
    quota = (args.requests + threads - 1) // threads
    wrk = subprocess.Popen(
        ["wrk", f"-t{threads}", f"-c{args.connections}", "-d3600s", "-s", LUA, base, "--",
         str(quota), done_dir] + PATHS,
        stdout=subprocess.PIPE, text=True, start_new_session=True)
    started = time.monotonic()
    reloader = Reloader(server, tenants, args.reload_every)
    reloader.start()
    samples, rss_warm = [], None
    while len(os.listdir(done_dir)) < threads and wrk.poll() is None:
        time.sleep(0.1)
        elapsed = time.monotonic() - started
        if rss_warm is None and elapsed >= args.warmup:
            rss_warm = server.rss_kib()
            samples.append((elapsed, rss_warm))
        elif samples and elapsed - samples[-1][0] >= 5:
            samples.append((elapsed, server.rss_kib()))
    elapsed = time.monotonic() - started
    wrk.send_signal(signal.SIGINT)  # wrk prints its summary on SIGINT
    out, _ = wrk.communicate()
    reloader.stop.set()
    reloader.join()
    time.sleep(0.5)
    rss_end = server.rss_kib()
    tenants_now = admin_get(server, "/tenants")["tenants"]
    server.stop()

    summary = json.loads(out.strip().splitlines()[-1])
    statuses = {int(k): v for k, v in summary["statuses"].items()}
    socket_errors = sum(summary[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    # Only burn runs out of fuel, so 504s are provoked, as long as the burn
    # tenant counted at least as many 5xx itself (it is never reloaded, so
    # its counters cover the whole run; it may count a few more that were
    # in flight when wrk stopped).
    burn = next((t for t in tenants_now if t.get("name") == "burn"), {})
    burn_5xx = burn.get("responses", {}).get("5xx", 0)
    provoked = statuses.get(504, 0)
    unprovoked = sum(n for code, n in statuses.items() if code >= 500 and code != 504)
    unprovoked += max(0, provoked - burn_5xx)
    answered = sum(statuses.values())
    rss_warm = rss_warm or rss_start
    growth = (rss_end - rss_warm) / rss_warm
    print(f"requests:        {answered:,} answered in {elapsed:.1f} s ({answered / elapsed:,.0f} req/s), "
          f"p50 {summary['p50_us']} µs, p99 {summary['p99_us']} µs, max {summary['max_us']} µs")
    print(f"statuses:        {dict(sorted(statuses.items()))}")
    print(f"socket errors:   connect {summary['connect_errors']}, read {summary['read_errors']}, "
          f"write {summary['write_errors']}, timeout {summary['timeouts']}")
    print(f"provoked 504s:   {provoked:,} (the burn tenant counted {burn_5xx:,} 5xx)")
    print(f"unprovoked 5xx:  {unprovoked}")
    lat = sorted(reloader.latencies)
    print(f"reloads:         {reloader.done} done, {len(reloader.failures)} failed {reloader.failures[:3]}"
          + (f"; to first new response p50 {lat[len(lat) // 2] * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms" if lat else ""))
    print(f"RSS (KiB):       start {rss_start:,}, after {args.warmup:.0f} s warm-up {rss_warm:,}, "
          f"end {rss_end:,} ({growth:+.1%})")
    print(f"RSS samples:     {', '.join(f'{t:.0f}s={kib:,}' for t, kib in samples)}")
    verdict = {
        "RSS end within 10% of warm-up": abs(growth) <= 0.10,
        "zero socket errors": socket_errors == 0,
        "zero unprovoked 5xx": unprovoked == 0,
        "reloads all seen": reloader.done > 0 and not reloader.failures,
        f"{args.requests:,} requests answered": answered >= args.requests,
    }
    for what, ok in verdict.items():
        print(f"{'PASS' if ok else 'FAIL'}  {what}")
    passed = all(verdict.values())
    if passed:
        shutil.rmtree(work)
    else:
        print(f"kept for a look: {work} (server log: {log})")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
