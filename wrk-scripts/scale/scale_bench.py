#!/usr/bin/env python3
"""Tenant scale benchmark (issue 17), on a release build.

Generates N tenants (default 1000), all different: a third plain-text
Python handlers, a third JSON ones, a third two-route Flask apps. Then:

  cold   start `mayfly serve` with an empty compile cache; time from the
         spawn until /healthz says every tenant is loaded, none pending;
  warm   stop it and start again on the now-filled cache, timed the same;
  rss    RSS of the warm server idle, over an empty server's, per tenant;
         then once every tenant has answered one request;
  drop   with N loaded, publish a new file (temp + rename) and time the
         first response of the new tenant; then an admin PUT, the same.

Every tenant must answer 200 with its own body. Usage, from the
repository root after `cargo build --release -p mayfly`:

    python3 wrk-scripts/scale/scale_bench.py [--tenants N] [--keep DIR]

The cache lives in a temp dir (never ~/.cache). Only 127.0.0.1 is used.
"""
import argparse
import http.client
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reload"))
from reload_bench import MAYFLY, TOKEN, Server  # noqa: E402  (the same server harness)


def text_tenant(i: int) -> tuple[str, str]:
    body = f"plain tenant {i}\n"
    return body, f'''PAGE = "plain tenant {i}\\n"

def on_client_request():
\tdef generator():
\t\treturn "text/plain", PAGE
\treturn generator
'''


def json_tenant(i: int) -> tuple[str, str]:
    body = f'{{"tenant": {i}, "items": [1, 2, {i}], "name": "json-{i}"}}'
    return body, f'''import json

DATA = {{"tenant": {i}, "items": [1, 2, {i}], "name": "json-{i}"}}

def on_client_request():
\tdef generator():
\t\treturn "application/json", json.dumps(DATA)
\treturn generator
'''


def flask_tenant(i: int) -> tuple[str, str]:
    body = f"flask tenant {i}"
    return body, f'''from flask import Flask, jsonify

app = Flask(__name__)

NUMBER = {i}


@app.get("/")
def index():
    return "flask tenant {i}"


@app.get("/items/<int:n>")
def item(n):
    return jsonify(tenant=NUMBER, item=n, double=n * 2)
'''


def generate(dir: str, n: int) -> dict[str, str]:
    """Writes n tenants into dir; returns name -> expected body of GET /name/."""
    makers = [text_tenant, json_tenant, flask_tenant]
    expected = {}
    for i in range(n):
        name = f"t{i:05d}"
        body, source = makers[i % 3](i)
        with open(os.path.join(dir, f"{name}.py"), "w") as f:
            f.write(source)
        expected[name] = body
    return expected


def get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    reply = conn.getresponse()
    return reply.status, reply.read().decode()


def first_response(port: int, path: str, body: str, since: float) -> float:
    while True:
        status, text = get(port, path)
        if status == 200 and text == body:
            return time.monotonic() - since
        if time.monotonic() - since > 60:
            sys.exit(f"{path} never answered {body!r}")
        time.sleep(0.001)


def config(at: str, cache: str) -> str:
    path = os.path.join(at, "mayfly.toml")
    with open(path, "w") as f:
        f.write(f'[cache]\ndir = "{cache}"\n[log]\naccess = false\n')
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--keep", help="generate into DIR and keep it")
    parser.add_argument("--binary", default=MAYFLY, help="mayfly binary (default: release)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="mayfly-scale-")
    tenants = args.keep or os.path.join(work, "tenants")
    os.makedirs(tenants, exist_ok=True)
    empty = os.path.join(work, "empty")
    os.makedirs(empty)
    cache = os.path.join(work, "cache")
    conf = config(work, cache)
    try:
        expected = generate(tenants, args.tenants)
        base = Server(empty, conf, binary=args.binary)
        base_rss = base.rss_kib()
        base.stop()

        cold = Server(tenants, conf, binary=args.binary)
        cold_s = cold.ready_after
        cold_cpu = cold.cpu_seconds()
        cold.stop()
        cache_bytes = sum(e.stat().st_size for e in os.scandir(cache))

        warm = Server(tenants, conf, binary=args.binary)
        warm_s = warm.ready_after
        time.sleep(1)  # settle: let freed pages go back before reading RSS
        idle_rss = warm.rss_kib()
        failures = [n for n, body in expected.items() if get(warm.port, f"/{n}/") != (200, body)]
        answered_rss = warm.rss_kib()

        started = time.monotonic()
        temp = os.path.join(tenants, ".dropped.py.tmp")
        with open(temp, "w") as f:
            f.write(text_tenant(999_999)[1])
        os.rename(temp, os.path.join(tenants, "dropped.py"))
        dropped_s = first_response(warm.port, "/dropped/", text_tenant(999_999)[0], started)

        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", warm.admin_port, timeout=60)
        conn.request("PUT", "/tenants/uploaded", body=text_tenant(888_888)[1].encode(),
                     headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/x-python"})
        status = conn.getresponse().status
        put_s = first_response(warm.port, "/uploaded/", text_tenant(888_888)[0], started)
        warm.stop()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    n = args.tenants
    print(f"{n} tenants (a third each text, JSON, Flask), {os.cpu_count()} cores")
    print(f"  cold cache: all loaded in {cold_s:.2f} s ({cold_cpu:.1f} s CPU); "
          f"cache {cache_bytes / 2**20:.1f} MiB ({cache_bytes / n / 1024:.0f} KiB per tenant)")
    print(f"  warm cache: all loaded in {warm_s:.2f} s")
    print(f"  RSS: empty server {base_rss / 1024:.1f} MiB; idle with {n} tenants "
          f"{idle_rss / 1024:.1f} MiB = {(idle_rss - base_rss) / n:.0f} KiB per tenant; "
          f"after each answered once {answered_rss / 1024:.1f} MiB = "
          f"{(answered_rss - base_rss) / n:.0f} KiB per tenant")
    print(f"  {n - len(failures)}/{n} answered 200 with their own body"
          + (f" (failed: {failures[:5]})" if failures else ""))
    print(f"  with {n} loaded: dropped file served after {dropped_s * 1000:.0f} ms, "
          f"admin PUT ({status}) to first response {put_s * 1000:.0f} ms")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
