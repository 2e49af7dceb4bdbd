# CPython's errors for special methods that misbehave: __bool__ and
# __len__ returning the wrong thing, __repr__ returning a non-str,
# __init__ returning a value, iter() of a non-iterator, unhashable
# subclasses, comparisons returning NotImplemented on both sides.
class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class BadRepr:
    def __repr__(self):
        return 42


class NotIter:
    def __iter__(self):
        return 5


class Hashed:
    def __hash__(self):
        return 7


class EqSub(Hashed):
    def __eq__(self, other):
        return True


class Shy:
    def __lt__(self, other):
        return NotImplemented


def attempt(f):
    try:
        return repr(f())
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = [
        attempt(lambda: bool(BadBool())),
        attempt(lambda: len(NegLen())),
        attempt(lambda: repr(BadRepr())),
        attempt(lambda: list(NotIter())),
        attempt(lambda: hash(Hashed())),
        attempt(lambda: hash(EqSub())),
        attempt(lambda: Shy() < Shy()),
        attempt(lambda: Shy() > 1),
        attempt(lambda: [Shy()] < [Shy()]),
    ]
    return "\n".join(out) + "\n"
