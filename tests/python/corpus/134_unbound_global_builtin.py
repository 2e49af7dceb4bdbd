# A module global that shadows a builtin but was never bound reads the
# builtin, as CPython looks in builtins after the module's globals: the
# Python 2 idiom `try: range = xrange / except NameError: pass` leaves
# range the builtin. Bound, the global wins; deleted, the builtin is back.
try:
    range = xrange
except NameError:
    pass

if False:
    len = None
    ValueError = None


def count(n):
    return sum(1 for _ in range(n))


max = lambda a, b: "shadowed"
first = max(1, 2)
del max


def on_client_request():
    out = [count(5), list(range(2, 9, 3)), len("abc"), first, max(1, 7)]
    try:
        raise ValueError("still the builtin")
    except ValueError as e:
        out.append(str(e))
    return repr(out) + "\n"
