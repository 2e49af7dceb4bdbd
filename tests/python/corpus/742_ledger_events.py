# call: /
# call: /?account=acme
# Event-sourcing ledger: events are replayed into account projections.
from mayfly import request


class Event:
    kind = "event"

    def __init__(self, account, amount, seq):
        self.account = account
        self.amount = amount
        self.seq = seq

    def apply(self, state):
        raise NotImplementedError(type(self).__name__)

    def __repr__(self):
        return f"{type(self).__name__}({self.account!r}, {self.amount}, #{self.seq})"


class Opened(Event):
    kind = "open"

    def apply(self, state):
        if self.account in state:
            raise ValueError(f"{self.account} already open")
        state[self.account] = {"balance": self.amount, "history": [self.seq]}


class Deposited(Event):
    kind = "deposit"

    def apply(self, state):
        state[self.account]["balance"] += self.amount
        state[self.account]["history"].append(self.seq)


class Withdrew(Deposited):
    kind = "withdraw"

    def apply(self, state):
        acct = state[self.account]
        if acct["balance"] < self.amount:
            raise ValueError(f"overdraft on {self.account}: {acct['balance']} < {self.amount}")
        self.amount = -self.amount
        super().apply(state)
        self.amount = -self.amount


class Store:
    def __init__(self):
        self.events = []
        self.rejected = []

    def emit(self, cls, account, amount):
        ev = cls(account, amount, len(self.events) + len(self.rejected) + 1)
        try:
            ev.apply(self.replay())
        except (ValueError, KeyError) as exc:
            self.rejected.append((ev, type(exc).__name__, str(exc)))
            return False
        self.events.append(ev)
        return True

    def replay(self, upto=None):
        state = {}
        for ev in self.events[:upto]:
            ev.apply(state)
        return state


def on_client_request():
    s = Store()
    s.emit(Opened, "acme", 100)
    s.emit(Deposited, "acme", 50)
    s.emit(Opened, "zeta", 5)
    s.emit(Withdrew, "zeta", 10)
    s.emit(Withdrew, "acme", 120)
    s.emit(Deposited, "ghost", 1)
    s.emit(Opened, "acme", 1)
    s.emit(Deposited, "zeta", 7)
    who = request.args.get("account")
    final = s.replay()
    out = []
    if who:
        out.append(f"{who}: {final[who]}")
        for n in range(1, len(s.events) + 1):
            snap = s.replay(n)
            out.append(f"after {n}: {snap.get(who, {}).get('balance')}")
    else:
        out.append(repr(s.events))
        for ev, name, msg in s.rejected:
            out.append(f"rejected {ev.kind:<8} {ev!r}: {name} {msg}")
        out.append(str(sorted((k, v["balance"]) for k, v in final.items())))
        out.append(str({cls.kind: issubclass(cls, Deposited) for cls in (Opened, Deposited, Withdrew)}))
    return "\n".join(out)
