"""Runs one request through real Flask's test client and prints the
response in the `mayfly call` format (tests/flask.rs compares the two).

    .venv/bin/python tests/python/flask_runner.py APP.py PATH [-X M] [-H 'K: V'] [-d BODY]

The app module is imported afresh for this one request (a new process),
because mayfly starts every request from the initialised module state.
"""
import argparse
import importlib.util
import sys
from http import HTTPStatus


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("app")
    ap.add_argument("path")
    ap.add_argument("-X", dest="method", default="GET")
    ap.add_argument("-H", dest="headers", action="append", default=[])
    ap.add_argument("-d", dest="data", default=None)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("tenant_app", a.app)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    headers = {}
    for h in a.headers:
        k, _, v = h.partition(":")
        headers[k.strip()] = v.strip()
    path, _, query = a.path.partition("?")
    # Like `mayfly call`, a body is sent without a Content-Type of its own.
    kwargs = {"method": a.method, "headers": headers, "query_string": query}
    if a.data is not None:
        kwargs["data"] = a.data.encode()
        if "Content-Type" not in headers:
            kwargs["content_type"] = ""
    # No cookie jar: it would replace a Cookie header given with -H.
    client = mod.app.test_client(use_cookies=False)
    r = client.open(path, **kwargs)
    out = sys.stdout.buffer
    out.write(f"HTTP/1.1 {r.status_code} {HTTPStatus(r.status_code).phrase}\n".encode())
    for k, v in r.headers.items():
        out.write(f"{k.lower()}: {v}\n".encode())
    out.write(b"\n")
    out.write(r.get_data())


if __name__ == "__main__":
    main()
