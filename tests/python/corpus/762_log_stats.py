# call: /
# call: /?level=ERROR
# Access-log analytics with Counter, defaultdict and deque: status mix, top paths, p95 latency.
from collections import Counter, defaultdict, deque
from mayfly import request

LOG = """\
10.0.0.1 GET /api/users 200 12ms INFO
10.0.0.2 GET /api/users 200 15ms INFO
10.0.0.1 POST /api/orders 201 80ms INFO
10.0.0.3 GET /static/app.js 304 2ms DEBUG
10.0.0.2 GET /api/orders/7 404 5ms WARN
10.0.0.4 GET /api/users 500 230ms ERROR
10.0.0.1 GET /api/users 200 11ms INFO
10.0.0.3 DELETE /api/orders/7 403 4ms WARN
10.0.0.4 GET /api/orders 502 1200ms ERROR
10.0.0.2 GET /static/app.js 200 3ms DEBUG
10.0.0.1 GET /api/users 200 14ms INFO
10.0.0.5 PATCH /api/users/3 200 40ms INFO
"""


def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def on_client_request():
    want = request.args.get("level")
    entries = []
    for line in LOG.splitlines():
        ip, method, path, status, ms, level = line.split()
        if want and level != want:
            continue
        entries.append((ip, method, path, int(status), int(ms.removesuffix("ms")), level))
    statuses = Counter(f"{e[3] // 100}xx" for e in entries)
    paths = Counter(e[2] for e in entries)
    ips = Counter()
    for e in entries:
        ips[e[0]] += 1
    latency = defaultdict(list)
    for e in entries:
        latency[e[2].rsplit("/", 1)[0] if e[2].split("/")[-1].isdigit() else e[2]].append(e[4])
    recent_errors = deque((e for e in entries if e[3] >= 400), maxlen=2)
    out = [f"entries={len(entries)} statuses={sorted(statuses.items())}"]
    out.append(f"top paths: {paths.most_common(2)}")
    out.append(f"ips: {ips}")
    out.append(f"ip total={ips.total()} busiest={max(ips, key=ips.get)}")
    for route, vals in sorted(latency.items()):
        out.append(f"  {route:<16} n={len(vals):<2} avg={sum(vals) / len(vals):8.2f} p95={percentile(vals, 95):8.2f}")
    out.append(f"recent errors: {list(recent_errors)}")
    methods = Counter(e[1] for e in entries)
    methods.subtract({"GET": 1, "PUT": 2})
    out.append(f"methods: {sorted(methods.items())} elements={sorted(methods.elements())[:4]}")
    out.append(f"levels: {Counter(e[5] for e in entries).most_common()}")
    return "\n".join(out)
