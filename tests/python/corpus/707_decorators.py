# Decorators and closures: call counting, memoisation, validation, registries.
import functools

REGISTRY = {}


def register(name=None):
    def deco(fn):
        REGISTRY[name or fn.__name__] = fn
        return fn
    return deco


CALLS = {}


def counted(fn):
    CALLS[fn.__name__] = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS[fn.__name__] += 1
        return fn(*args, **kwargs)
    return wrapper


def typed(*types):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: arg {i} must be {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return inner
    return deco


@register()
@counted
def add(a, b):
    return a + b


@register("mul")
@typed(int, int)
def multiply(a, b):
    return a * b


@counted
@functools.lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def make_accumulator(start):
    total = start

    def acc(x):
        nonlocal total
        total += x
        return total
    return acc


def on_client_request():
    out = []
    out.append(str(sorted(REGISTRY)))
    out.append(str([REGISTRY["add"](i, i) for i in range(4)]) + f" calls={CALLS['add']}")
    out.append(str(REGISTRY["mul"](6, 7)))
    try:
        REGISTRY["mul"](6, "7")
    except TypeError as e:
        out.append(str(e))
    out.append(f"p(60)={partitions(60)} calls={CALLS['partitions']}")
    out.append(f"{partitions.__name__} {multiply.__name__} {add.__name__}")
    acc = make_accumulator(10)
    out.append(str([acc(x) for x in (1, 2, 3)]))
    adders = [lambda x, n=n: x + n for n in range(3)]
    late = [lambda x: x + n for n in range(3)]
    out.append(str([f(10) for f in adders]) + str([f(10) for f in late]))
    return "\n".join(out)
