#!/usr/bin/env python3
"""Admin API abuse (issue 7): unauthenticated floods and a huge upload.

1. While wrk measures the public listener, a second wrk floods an admin
   listener with unauthenticated requests (all 401). Three phases, each
   --duration seconds, repeated --rounds times and interleaved:
     solo     the public listener alone;
     control  the flood against ANOTHER mayfly process's admin listener:
              what the flood costs the public side just by running on
              the same 2 cores (the flooding client and whoever answers it);
     flood    the flood against this server's own admin listener.
   CPU is accounted per process (server, flooding wrk, public wrk), so the
   loss splits into what the flooding client took and what the server
   spent answering admin calls.
   With --baseline OTHER_BINARY the same phases run on that binary too, in
   the same rounds, to measure a change against what it replaces.
2. A 1 GiB upload (declared by Content-Length, and streamed chunked) is
   cut off at admin.max_upload_bytes with 413, and nothing is written.

Usage (from the repository root, after `cargo build --release -p mayfly`):
    python3 wrk-scripts/hardening/admin_abuse.py [--duration 6] [--rounds 3] [--baseline BIN]
Only 127.0.0.1 is used.
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reload"))
from reload_bench import MAYFLY, Server, guest  # noqa: E402

LUA = os.path.join(HERE, "latency.lua")


def wrk(url, duration):
    return subprocess.Popen(["wrk", "-t1", "-c8", f"-d{duration}s", "-s", LUA, url],
                            stdout=subprocess.PIPE, text=True)


def result(proc):
    """wrk's JSON line plus the CPU seconds the wrk process used."""
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    figures = json.loads(out.strip().splitlines()[-1])
    figures["cpu_s"] = usage.ru_utime + usage.ru_stime
    return figures


def huge_upload(port: int, chunked: bool) -> str:
    """Sends up to 1 GiB and returns the status line the server answered."""
    sock = socket.create_connection(("127.0.0.1", port))
    total = 1 << 30
    head = "PUT /tenants/huge HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer bench-token\r\n"
    head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {total}\r\n\r\n"
    sock.sendall(head.encode())
    chunk = b"#" * (1 << 20)
    sent = 0
    sock.settimeout(10)
    try:
        while sent < total:
            piece = (b"100000\r\n" + chunk + b"\r\n") if chunked else chunk
            sock.sendall(piece)
            sent += len(chunk)
    except OSError:
        pass  # the server stopped reading at its limit
    try:
        reply = sock.recv(4096).decode(errors="replace")
    except OSError as err:
        reply = f"(no reply: {err})"
    sock.close()
    return f"{reply.splitlines()[0] if reply else '(closed)'} after sending {sent >> 20} MiB"


def phase(server: Server, flood_target, duration: int, others=()) -> dict:
    """One phase: public wrk on `server`, optionally a flood at
    `flood_target` (a Server whose admin listener is flooded)."""
    cpu = {id(s): s.cpu_seconds() for s in (server, *others)}
    flood = wrk(f"http://127.0.0.1:{flood_target.admin_port}/tenants", duration) if flood_target else None
    public = result(wrk(f"http://127.0.0.1:{server.port}/quiet/", duration))
    figures = {"rps": public["rps"], "p99_us": public["p99_us"], "public_wrk_cpu": public["cpu_s"],
               "server_cpu": server.cpu_seconds() - cpu[id(server)],
               "other_cpu": sum(s.cpu_seconds() - cpu[id(s)] for s in others)}
    if flood:
        refused = result(flood)
        figures.update(flood_rps=refused["rps"], flood_non2xx=refused["non2xx"],
                       flood_errors=refused["socket_errors"], flood_wrk_cpu=refused["cpu_s"])
    return figures


def median(runs, key):
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else 0.0


def report(label, runs, duration):
    solo = runs["solo"]
    base_rps = median(solo, "rps")
    # Server CPU per public request when alone: what public work costs.
    per_request = median(solo, "server_cpu") / max(base_rps * duration, 1)
    print(f"\n{label}")
    print("| phase | public req/s | × solo | public p99 | flood req/s (all 401) | flooding wrk CPU s "
          "| server CPU s | of it admin work s | other server CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in ("solo", "control", "flood"):
        r = runs[name]
        rps = median(r, "rps")
        server_cpu = median(r, "server_cpu")
        admin_cpu = max(0.0, server_cpu - rps * duration * per_request)
        print(f"| {name} | {rps:,.0f} | {rps / base_rps:.2f} | {median(r, 'p99_us') / 1000:.2f} ms "
              f"| {median(r, 'flood_rps'):,.0f} | {median(r, 'flood_wrk_cpu'):.2f} "
              f"| {server_cpu:.2f} | {admin_cpu:.2f} | {median(r, 'other_cpu'):.2f} |")
    refused = sum(r.get("flood_non2xx", 0) for r in runs["flood"] + runs["control"])
    errors = sum(r.get("flood_errors", 0) for r in runs["flood"] + runs["control"])
    print(f"flood: {refused:,} requests refused (401) over all rounds; socket errors {errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", help="another mayfly binary to measure in the same rounds")
    args = parser.parse_args()
    if not os.path.exists(MAYFLY):
        sys.exit("build first: cargo build --release -p mayfly")
    binaries = [("this build", MAYFLY)] + ([("baseline", args.baseline)] if args.baseline else [])
    tenants = tempfile.mkdtemp(prefix="mayfly-admin-abuse-")
    with open(os.path.join(tenants, "quiet.wat"), "w") as f:
        f.write(guest("quiet"))
    # Defaults for every key, so binaries of different versions run alike.
    config = os.path.join(tenants, "empty.toml")
    open(config, "w").close()
    runs = {label: {"solo": [], "control": [], "flood": []} for label, _ in binaries}
    for _ in range(args.rounds):
        for label, binary in binaries:
            server = Server(tenants, config=config, binary=binary)
            other = Server(tenants, config=config, binary=binary)
            runs[label]["solo"].append(phase(server, None, args.duration, (other,)))
            runs[label]["control"].append(phase(server, other, args.duration, (other,)))
            runs[label]["flood"].append(phase(server, server, args.duration, (other,)))
            other.stop()
            server.stop()
    server = Server(tenants, config=config)
    by_length = huge_upload(server.admin_port, chunked=False)
    by_chunks = huge_upload(server.admin_port, chunked=True)
    files = sorted(f for f in os.listdir(tenants) if f != "empty.toml")
    server.stop()
    shutil.rmtree(tenants)
    print(f"wrk -t1 -c8 -d{args.duration}s on the public listener, the same on the admin listener "
          f"for the flood; median of {args.rounds} round(s)")
    for label, binary in binaries:
        report(f"{label}: {binary}", runs[label], args.duration)
    print(f"\n1 GiB by Content-Length: {by_length}")
    print(f"1 GiB chunked:           {by_chunks}")
    print(f"tenants dir afterwards:  {files}")


if __name__ == "__main__":
    main()
