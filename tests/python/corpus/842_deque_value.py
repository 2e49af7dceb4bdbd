# collections.deque as a value: a defaultdict factory, isinstance's
# class, a name bound to it and called, its repr.
from collections import deque, defaultdict
import collections
def on_client_request():
    d = defaultdict(deque)
    d["a"].append(1)
    d["a"].appendleft(0)
    q = deque([1, 2])
    make = collections.deque
    r = make([3, 4], 1)
    return str((d, isinstance(q, deque), isinstance([], deque), deque, collections.deque, r, isinstance(q, (list, deque))))
