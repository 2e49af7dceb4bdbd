#!/usr/bin/env python3
"""Results bookkeeping for bench.sh: standard library only, so the driver
needs no venv unless --peers is given.

    results.py cpu-ticks PID            CPU ticks (user+system) of PID and its descendants
    results.py listen-drops             TcpExtListenDrops of this network namespace
    results.py record ARGS... > line    one JSON line: a wrk run plus its context
    results.py table RESULTS.jsonl      the markdown table and the target checks
    results.py lifecycle LOG            the lifecycle micro-benchmark lines as a table

Every figure in the table comes from the JSON that wrk-scripts/report.lua
wrote for a run of this invocation: nothing is typed in by hand.
"""
import argparse
import json
import os
import re
import statistics
import sys


# --------------------------------------------------------------------------
# CPU time of a server (and its worker processes) from /proc.

def _proc_stat(pid):
    """(ppid, utime + stime in ticks) of pid, or None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    # The command name is in parentheses and may contain spaces: split
    # after the last ')'. Fields from there: state ppid ... utime(14) stime(15).
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def cpu_ticks(root):
    """CPU ticks of root and every live descendant (gunicorn, granian and
    uvicorn serve from worker processes, mayfly from threads of one)."""
    parents = {}
    ticks = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _proc_stat(int(entry))
            if stat:
                parents[int(entry)], ticks[int(entry)] = stat
    total = 0
    for pid in ticks:
        p = pid
        while p and p != root and p in parents:
            p = parents[p]
        if p == root:
            total += ticks[pid]
    return total


def listen_drops():
    """TcpExtListenDrops of this network namespace: SYNs or handshakes a
    listener dropped, mostly because its accept queue (the listen backlog)
    was full. wrk does not see these as errors: the client retransmits
    after 1 s, 3 s, ... and the cost shows up as connect latency."""
    with open("/proc/net/netstat") as f:
        lines = f.read().splitlines()
    for header, values in zip(lines[::2], lines[1::2]):
        if header.startswith("TcpExt:"):
            table = dict(zip(header.split()[1:], values.split()[1:]))
            return int(table.get("ListenDrops", 0))
    return 0


# --------------------------------------------------------------------------
# One run as a JSON line.

def record(args):
    with open(args.wrk_json) as f:
        wrk = json.load(f)
    line = {
        "section": args.section,
        "label": args.label,
        "server": args.server,
        "url": args.url,
        "round": args.round,
        "threads": args.threads,
        "connections": args.connections,
        "duration_s": args.duration,
        "cpu_ticks": args.cpu_ticks,
        "listen_drops": args.listen_drops,
        "clk_tck": os.sysconf("SC_CLK_TCK"),
        "wrk": wrk,
    }
    print(json.dumps(line))


# --------------------------------------------------------------------------
# The table.

def fmt_us(us):
    if us is None:
        return "-"
    if us < 1000:
        return f"{us:.0f} µs"
    if us < 1_000_000:
        return f"{us / 1000:.2f} ms"
    return f"{us / 1_000_000:.2f} s"


def summarise(runs):
    """The median round (by req/s) of one row, with the spread over rounds."""
    def rps(run):
        w = run["wrk"]
        return w["requests"] / (w["duration_us"] / 1e6) if w["duration_us"] else 0.0

    ordered = sorted(runs, key=rps)
    median_run = ordered[(len(ordered) - 1) // 2]
    rates = [rps(r) for r in ordered]
    w = median_run["wrk"]
    lat = w["latency_us"]
    pct = lat["percentiles"]
    errors = w["errors"]
    non_2xx = sum(n for status, n in w["statuses"].items() if not 200 <= int(status) < 300)
    cpu_us_per_req = None
    if median_run["cpu_ticks"] is not None and w["requests"]:
        cpu_us_per_req = median_run["cpu_ticks"] / median_run["clk_tck"] * 1e6 / w["requests"]
    return {
        "label": median_run["label"],
        "server": median_run["server"],
        "url": median_run["url"],
        "rps": rates[(len(rates) - 1) // 2],
        "spread": (rates[-1] - rates[0]) / rates[(len(rates) - 1) // 2] if len(rates) > 1 and rates[0] else None,
        "rounds": len(runs),
        "mean": lat["mean"],
        "p50": pct.get("50"),
        "p90": pct.get("90"),
        "p99": pct.get("99"),
        "max": lat["max"],
        "errors": errors,
        "socket_errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        "non_2xx": non_2xx,
        "cpu_us": cpu_us_per_req,
        "requests": w["requests"],
        "listen_drops": median_run.get("listen_drops"),
    }


def table(args):
    with open(args.results) as f:
        runs = [json.loads(line) for line in f if line.strip()]
    if not runs:
        print("(no runs recorded)")
        return 1
    sections = []
    rows_by_section = {}
    for run in runs:
        key = run["section"]
        if key not in rows_by_section:
            sections.append(key)
            rows_by_section[key] = {}
        rows_by_section[key].setdefault((run["server"], run["label"]), []).append(run)

    checks = []
    for section in sections:
        rows = [summarise(r) for r in rows_by_section[section].values()]
        first = next(iter(rows_by_section[section].values()))[0]
        vanilla = next((r for r in rows if r["server"] == "mayfly" and r["label"] == "vanilla"), None)
        print(f"### {section}: wrk -t{first['threads']} -c{first['connections']} -d{first['duration_s']}s "
              f"(median of {rows[0]['rounds']} round(s) by req/s)\n")
        print("| server | route | req/s | spread | mean | p50 | p90 | p99 | max "
              "| socket errors c/r/w/t | non-2xx | listen drops | server CPU µs/req | × vanilla |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            e = r["errors"]
            ratio = f"{r['rps'] / vanilla['rps']:.2f}" if vanilla and vanilla["rps"] else "-"
            spread = f"±{r['spread'] * 50:.0f}%" if r["spread"] is not None else "-"
            cpu = f"{r['cpu_us']:.1f}" if r["cpu_us"] is not None else "-"
            print(f"| {r['server']} | {r['label']} `{r['url']}` | {r['rps']:,.0f} | {spread} | {fmt_us(r['mean'])} "
                  f"| {fmt_us(r['p50'])} | {fmt_us(r['p90'])} | {fmt_us(r['p99'])} | {fmt_us(r['max'])} "
                  f"| {e['connect']}/{e['read']}/{e['write']}/{e['timeout']} | {r['non_2xx']} | {r['listen_drops'] if r['listen_drops'] is not None else '-'} | {cpu} | {ratio} |")
        print()
        checks += target_checks(section, first, rows, vanilla)

    if checks:
        print("### Targets\n")
        for ok, text in checks:
            print(f"- {'MET ' if ok else 'MISSED'}: {text}")
        print()
    return 0


def target_checks(section, first, rows, vanilla):
    """The issue's targets that this section's settings can judge."""
    checks = []
    hello = next((r for r in rows if r["server"] == "mayfly" and r["label"] == "hello"), None)
    if vanilla and hello and first["threads"] == 1 and first["connections"] == 8:
        ratio = hello["rps"] / vanilla["rps"]
        checks.append((ratio >= 0.90, f"[{section}] sandboxed hello at {ratio:.2f} of vanilla req/s (target >= 0.90)"))
        if hello["p99"] and vanilla["p99"]:
            p99_ratio = hello["p99"] / vanilla["p99"]
            checks.append((p99_ratio <= 2.0, f"[{section}] hello p99 {fmt_us(hello['p99'])} = {p99_ratio:.2f}x "
                                             f"vanilla's {fmt_us(vanilla['p99'])} (target <= 2x)"))
    if first["connections"] >= 8000:
        for r in rows:
            if r["server"] != "mayfly":
                continue
            ok = r["socket_errors"] == 0 and r["non_2xx"] == 0
            e = r["errors"]
            checks.append((ok, f"[{section}] mayfly {r['label']}: socket errors connect {e['connect']}, read {e['read']}, "
                               f"write {e['write']}, timeout {e['timeout']}; non-2xx {r['non_2xx']} (target: all 0)"))
    return checks


# --------------------------------------------------------------------------
# The lifecycle micro-benchmark (cargo bench -p mayfly-sandbox --bench lifecycle).

LIFECYCLE_LINE = re.compile(
    r"^lifecycle (?P<file>\S+): best (?P<best>[\d.]+) µs/request, median (?P<median>[\d.]+) µs/request(?: \((?P<note>[^)]*)\))?")


def lifecycle(args):
    with open(args.log) as f:
        matches = [LIFECYCLE_LINE.match(line) for line in f]
    matches = [m for m in matches if m]
    if not matches:
        print("(the lifecycle benchmark printed no result line; see its log)")
        return 1
    print("| guest | best µs/request | median µs/request | note | target <= 1.5 µs |")
    print("|---|---:|---:|---|---|")
    for m in matches:
        label = args.label.get(m["file"], os.path.basename(m["file"]))
        best = float(m["best"])
        print(f"| {label} | {best:.2f} | {float(m['median']):.2f} | {m['note'] or ''} | {'met' if best <= 1.5 else 'missed'} |")
    print()
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("cpu-ticks")
    p.add_argument("pid", type=int)

    p = sub.add_parser("record")
    for name in ("section", "label", "server", "url", "wrk_json"):
        p.add_argument(f"--{name.replace('_', '-')}", required=True)
    for name in ("round", "threads", "connections", "duration"):
        p.add_argument(f"--{name}", type=int, required=True)
    p.add_argument("--cpu-ticks", type=int, default=None)
    p.add_argument("--listen-drops", type=int, default=None)

    sub.add_parser("listen-drops")

    p = sub.add_parser("table")
    p.add_argument("results")

    p = sub.add_parser("lifecycle")
    p.add_argument("log")
    p.add_argument("--label", action="append", default=[], help="FILE=LABEL")

    args = parser.parse_args()
    if args.command == "cpu-ticks":
        print(cpu_ticks(args.pid))
        return 0
    if args.command == "listen-drops":
        print(listen_drops())
        return 0
    if args.command == "record":
        record(args)
        return 0
    if args.command == "table":
        return table(args)
    if args.command == "lifecycle":
        args.label = dict(item.split("=", 1) for item in args.label)
        return lifecycle(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
