#!/usr/bin/env python3
"""Noisy neighbour (issue 7): how a tenant fares while another one burns
its whole fuel budget on every request.

Runs wrk against the quiet tenant alone, then again while a second wrk
saturates a tenant whose handler loops until its fuel runs out (504s), and
reports the quiet tenant's req/s and p99 in both runs and their ratios.
Targets: throughput >= 50% of solo, p99 < 10x solo.

Usage (from the repository root, after `cargo build --release -p mayfly`):
    python3 wrk-scripts/hardening/noisy_neighbour.py [--duration 10]
Only 127.0.0.1 is used.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reload"))
from reload_bench import MAYFLY, Server, guest  # noqa: E402

LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "latency.lua")
SPIN = """(module
  (memory (export "memory") 1)
  (func (export "mayfly_handle") (loop $l (br $l))))
"""


def wrk(url: str, duration: int, connections: int) -> subprocess.Popen:
    return subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "-s", LUA, url],
                            stdout=subprocess.PIPE, text=True)


def result(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate()
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10)
    args = parser.parse_args()
    if not os.path.exists(MAYFLY):
        sys.exit("build first: cargo build --release -p mayfly")
    tenants = tempfile.mkdtemp(prefix="mayfly-noisy-")
    with open(os.path.join(tenants, "quiet.wat"), "w") as f:
        f.write(guest("quiet"))
    with open(os.path.join(tenants, "spin.wat"), "w") as f:
        f.write(SPIN)
    server = Server(tenants)
    base = f"http://127.0.0.1:{server.port}"
    solo = result(wrk(f"{base}/quiet/", args.duration, 8))
    noise = wrk(f"{base}/spin/", args.duration, 8)
    shared = result(wrk(f"{base}/quiet/", args.duration, 8))
    spin = result(noise)
    server.stop()
    shutil.rmtree(tenants)
    print(f"quiet alone:          {solo['rps']:.0f} req/s, p99 {solo['p99_us']} µs, non-2xx {solo['non2xx']}")
    print(f"quiet beside spinner: {shared['rps']:.0f} req/s, p99 {shared['p99_us']} µs, non-2xx {shared['non2xx']}")
    print(f"spinner:              {spin['rps']:.0f} req/s, non-2xx {spin['non2xx']} (504 expected)")
    print(f"ratios: throughput {shared['rps'] / solo['rps']:.2f} of solo (target >= 0.50), "
          f"p99 {shared['p99_us'] / max(solo['p99_us'], 1):.1f}x solo (target < 10x)")


if __name__ == "__main__":
    main()
