# A decorator written with functools.wraps (the wrapper takes the
# wrapped function's name), update_wrapper, and cmp_to_key with sorted,
# min, max and list.sort.
import functools
from functools import cmp_to_key, wraps

log = []


def audited(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        log.append(fn.__name__ + str(args))
        return fn(*args, **kwargs)
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for i in range(times):
                try:
                    return fn(*args)
                except ValueError:
                    log.append("retry " + str(i))
            return None
        return wrapper
    return deco


@audited
def total(a, b, scale=1):
    return (a + b) * scale


attempts = [0]


@retry(3)
def flaky(x):
    attempts[0] += 1
    if attempts[0] < 3:
        raise ValueError("not yet")
    return x * 2


def by_version(a, b):
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    if pa < pb:
        return -1
    if pa > pb:
        return 1
    return 0


def plain(x):
    return x


def on_client_request():
    out = []
    out.append(total(1, 2))
    out.append(total(3, 4, scale=10))
    out.append(total.__name__)
    out.append(flaky(21))
    out.append(flaky.__name__)
    out.append(log)

    def inner():
        return 1
    functools.update_wrapper(inner, plain)
    out.append(inner.__name__)
    versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
    out.append(sorted(versions, key=cmp_to_key(by_version)))
    out.append(sorted(versions, key=cmp_to_key(by_version), reverse=True))
    out.append(max(versions, key=cmp_to_key(by_version)))
    out.append(min(versions, key=cmp_to_key(by_version)))
    people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
    people.sort(key=cmp_to_key(lambda a, b: b[1] - a[1]))
    out.append(people)
    k = cmp_to_key(by_version)
    out.append(k("1.2") < k("1.10"))
    out.append(k("1.2") == k("1.2.0"))
    return repr(out)
