# functools.lru_cache and cache: memoized recursion, cache_info() in
# CPython's format, cache_clear(), bounded caches evicting the least
# recently used entry, keyword arguments in keys, unhashable arguments.
from functools import cache, lru_cache
import functools

calls = []


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache
def slow_square(x):
    calls.append(x)
    return x * x


@lru_cache(maxsize=3)
def lookup(key, scale=1):
    calls.append(key)
    return len(key) * scale


@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@lru_cache(maxsize=0)
def never(x):
    calls.append(("never", x))
    return x


def on_client_request():
    out = []
    out.append(fib(80))
    out.append(str(fib.cache_info()))
    info = fib.cache_info()
    out.append((info.hits, info.misses, info.maxsize, info.currsize))
    fib.cache_clear()
    out.append(str(fib.cache_info()))
    out.append(fib(10))
    out.append([slow_square(x) for x in [3, 3, 4, 3, 4.0, 4]])
    out.append(str(slow_square.cache_info()))
    for k in ["a", "bb", "a", "ccc", "dddd", "bb", "a"]:
        lookup(k)
    out.append(lookup("bb", scale=2))
    out.append(lookup("bb", scale=2))
    out.append(str(lookup.cache_info()))
    out.append(calls)
    out.append(ways(30))
    out.append(str(ways.cache_info()))
    never(1)
    never(1)
    out.append(str(never.cache_info()))
    try:
        slow_square([1, 2])
    except TypeError as e:
        out.append("TypeError: " + str(e))
    out.append(fib.__name__)
    out.append(lookup.__name__)
    return repr(out)
