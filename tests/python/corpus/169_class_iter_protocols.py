# Iteration protocols together: a class iterable yielding a fresh
# iterator each time, used twice; enumerate, sorted, min/max with key,
# any/all, dict() from pairs, `in`, str.join, sum with start; an
# iterator exhausted once.
class Deck:
    SUITS = "SH"

    def __init__(self, ranks):
        self.cards = [(r, s) for s in Deck.SUITS for r in ranks]

    def __iter__(self):
        return DeckIter(self.cards)

    def __len__(self):
        return len(self.cards)


class DeckIter:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration
        c = self.cards[self.i]
        self.i += 1
        return c


def on_client_request():
    d = Deck([2, 3, 4])
    out = [list(d), len(list(d)), list(enumerate(d))[:2], sorted(d, reverse=True)[:3]]
    out += [max(d), min(d, key=lambda c: (c[1], -c[0])), any(r == 4 for r, s in d), all(r > 1 for r, s in d)]
    out += [dict((f"{r}{s}", r) for r, s in d), (3, "H") in d, (9, "H") in d]
    out.append(",".join(f"{r}{s}" for r, s in d))
    out.append(sum((r for r, s in d), 100))
    it = iter(d)
    out.append([next(it), len(list(it)), list(it)])
    return "\n".join(str(x) for x in out) + "\n"
