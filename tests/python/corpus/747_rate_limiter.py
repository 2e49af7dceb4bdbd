# call: /?clients=a,b,a,a,c,a,b,a,a,a,c,c,c,c&window=5&limit=3
# call: /?clients=x,x,x,x,x,x&window=2&limit=2
# Sliding-window and token-bucket rate limiters over a simulated clock.
from collections import deque, defaultdict
from mayfly import request


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = defaultdict(lambda: deque())

    def allow(self, client, now):
        q = self.hits[client]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


class TokenBucket:
    def __init__(self, rate, burst):
        self.rate, self.burst = rate, burst
        self.state = {}

    def allow(self, client, now):
        tokens, last = self.state.get(client, (float(self.burst), now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        ok = tokens >= 1
        self.state[client] = (tokens - 1 if ok else tokens, now)
        return ok


def on_client_request():
    clients = request.args.get("clients", "a").split(",")
    window = int(request.args.get("window", "5"))
    limit = int(request.args.get("limit", "3"))
    sw = SlidingWindow(limit, window)
    tb = TokenBucket(limit / window, limit)
    recent = deque(maxlen=4)
    rows = []
    for t, c in enumerate(clients):
        a, b = sw.allow(c, t), tb.allow(c, t * 0.75)
        recent.append(c)
        rows.append(f"t={t:>2} {c} window={'ok' if a else 'DENY':<4} bucket={'ok' if b else 'DENY':<4} recent={list(recent)}")
    denied = {c: sum(1 for t, x in enumerate(clients) if x == c) for c in sorted(set(clients))}
    rows.append(f"requests per client: {denied}")
    rows.append("buckets: " + ", ".join(f"{k}={v[0]:.3f}" for k, v in sorted(tb.state.items())))
    rows.append(repr(recent))
    recent.rotate(1)
    rows.append(f"{recent!r} {recent.count(clients[0])} {clients[-1] in recent}")
    return "\n".join(rows)
