#!/usr/bin/env python3
"""Admin API abuse (issue 7): unauthenticated floods and a huge upload.

1. wrk floods the admin listener with unauthenticated requests (all 401)
   while a second wrk measures the public listener; the public figures are
   compared with a solo run in the same invocation.
2. A 1 GiB upload (declared by Content-Length, and streamed chunked) is
   cut off at admin.max_upload_bytes with 413, and nothing is written.

Usage (from the repository root, after `cargo build --release -p mayfly`):
    python3 wrk-scripts/hardening/admin_abuse.py [--duration 8]
Only 127.0.0.1 is used.
"""
import argparse
import json
import os
import shutil
import socket
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
    out, _ = proc.communicate()
    return json.loads(out.strip().splitlines()[-1])


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8)
    args = parser.parse_args()
    if not os.path.exists(MAYFLY):
        sys.exit("build first: cargo build --release -p mayfly")
    tenants = tempfile.mkdtemp(prefix="mayfly-admin-abuse-")
    with open(os.path.join(tenants, "quiet.wat"), "w") as f:
        f.write(guest("quiet"))
    server = Server(tenants)
    public = f"http://127.0.0.1:{server.port}/quiet/"
    admin = f"http://127.0.0.1:{server.admin_port}/tenants"
    solo = result(wrk(public, args.duration))
    flood = wrk(admin, args.duration)
    shared = result(wrk(public, args.duration))
    refused = result(flood)
    by_length = huge_upload(server.admin_port, chunked=False)
    by_chunks = huge_upload(server.admin_port, chunked=True)
    files = sorted(os.listdir(tenants))
    server.stop()
    shutil.rmtree(tenants)
    flood_requests = refused["rps"] * args.duration
    print(f"public alone:           {solo['rps']:.0f} req/s, p99 {solo['p99_us']} µs")
    print(f"public beside a flood:  {shared['rps']:.0f} req/s, p99 {shared['p99_us']} µs "
          f"({shared['rps'] / solo['rps']:.2f} of solo)")
    print(f"unauthenticated flood:  ~{flood_requests:.0f} requests, {refused['non2xx']} non-2xx (401 expected for all)")
    print(f"1 GiB by Content-Length: {by_length}")
    print(f"1 GiB chunked:           {by_chunks}")
    print(f"tenants dir afterwards:  {files}")


if __name__ == "__main__":
    main()
