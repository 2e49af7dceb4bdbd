# functools edge cases: a partial as a class attribute (not bound), natives
# as dict keys, keywords refused, cmp_to_key keys against other values,
# maxsize below 0 and given by position, keyword arguments in cache keys.
import functools
from functools import partial, lru_cache, cmp_to_key, reduce
def add(a, b):
    return a + b
class C:
    p = partial(add, 10)
    def __init__(self):
        self.v = 1
def on_client_request():
    out = []
    c = C()
    out.append(c.p(5))
    d = {partial(add, 1): 1}
    out.append(len(d))
    try:
        reduce(add, [1], initial=0)
    except TypeError as e:
        out.append(str(e))
    k = cmp_to_key(lambda a, b: a - b)
    try:
        out.append(k(1) < 3)
    except TypeError as e:
        out.append(str(e))
    g = lru_cache(maxsize=-5)(add)
    g(1, 2); g(1, 2)
    out.append(str(g.cache_info()))
    h = lru_cache(3)(add)
    out.append(h(1, b=2) + h(1, b=2) + h(a=1, b=2))
    out.append(str(h.cache_info()))
    try:
        lru_cache("x")
    except TypeError as e:
        out.append(str(e))
    out.append(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
    return repr(out)
