def attempt(out, f):
    try:
        out.append(repr(f()))
    except OverflowError as e:
        out.append("OverflowError: " + str(e))
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    except TypeError as e:
        out.append("TypeError: " + str(e))


def on_client_request():
    out = []
    out.append(repr([2.0 ** 0.5, 2 ** 0.5, 10 ** -2, 2 ** -1, 1.1 ** 10, 1.0000001 ** 1e7, 3.7 ** 2.9]))
    out.append(repr([x ** 1.5 for x in [0.1, 0.3, 1.7, 2.2, 9.81, 123.456, 1e-5, 7e10]]))
    out.append(repr([1.5 ** n for n in range(-5, 30, 3)]))
    out.append(repr([pow(2.5, 3.5), pow(7, 0.25), pow(2, -3), pow(0.5, -1074), pow(2.0, -1075), pow(10.0, 308)]))
    nan = float("nan")
    inf = float("inf")
    out.append(repr([nan ** 0, 1.0 ** nan, 2.0 ** nan, inf ** 2, inf ** 3.0, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3, inf ** -1]))
    out.append(repr([0.5 ** inf, 2.0 ** inf, (-1.0) ** inf, 0.5 ** -inf, 2.0 ** -inf, 0.0 ** 3, (-0.0) ** 3, (-0.0) ** 2, 0.0 ** 0]))
    out.append(repr([(-2.0) ** 3, (-2.0) ** 2, (-1.0) ** 1e300, (-1.0) ** 3, (-8.0) ** (1 / 1), (-2.5) ** -3]))
    x = 1.25
    x **= 3.5
    out.append(repr(x))
    out.append(repr([2 ** 10, (-3) ** 3, 7 ** 0, pow(3, 4), pow(3, 4, 5), pow(-7, 3, 5)]))
    attempt(out, lambda: 10.0 ** 400)
    attempt(out, lambda: 0.0 ** -1)
    attempt(out, lambda: 0 ** -1)
    attempt(out, lambda: pow(2.0, 3, 5))
    attempt(out, lambda: "a" ** 2)
    attempt(out, lambda: (-1e300) ** 3.0)
    return "\n".join(out)
