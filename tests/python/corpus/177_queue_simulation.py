# A bank-queue simulation with classes: customers with arrival and
# service times, tellers as objects, a deterministic pseudo-random
# generator class, statistics computed by methods.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    def wait(self):
        return self.start - self.arrival


class Teller:
    def __init__(self, name):
        self.name = name
        self.free_at = 0
        self.served = []

    def serve(self, c):
        c.start = max(self.free_at, c.arrival)
        self.free_at = c.start + c.service
        self.served.append(c.cid)


class Bank:
    def __init__(self, tellers, seed):
        self.tellers = [Teller(n) for n in tellers]
        self.rng = LCG(seed)
        self.customers = []

    def run(self, n):
        t = 0
        for i in range(n):
            t += self.rng.next(4)
            c = Customer(i, t, 1 + self.rng.next(6))
            teller = min(self.tellers, key=lambda k: (k.free_at, k.name))
            teller.serve(c)
            self.customers.append(c)

    def stats(self):
        waits = [c.wait() for c in self.customers]
        return {"max_wait": max(waits), "avg_wait": round(sum(waits) / len(waits), 3),
                "per_teller": {t.name: len(t.served) for t in self.tellers}}


def on_client_request():
    b = Bank(["ann", "bob"], 42)
    b.run(50)
    return repr(b.stats()) + "\n" + repr(b.tellers[0].served[:10]) + "\n"
