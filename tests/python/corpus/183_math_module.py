# import math: constants, the C library's functions bit for bit
# (through the host), sqrt, floor/ceil/trunc to ints, the float
# classifications, the integer functions, CPython's domain and range
# errors.
import math


def attempt(f):
    try:
        return repr(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    xs = [0.5, 1.0, 2.0, 3.7, 10.0, 1e-5, 12.345, 700.1]
    out = [math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan)]
    for x in xs:
        out.append([math.exp(x), math.log(x), math.log2(x), math.log10(x), math.sqrt(x)])
        out.append([math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x)])
        out.append([math.expm1(x), math.log1p(x), math.atan2(x, 1.5), math.degrees(x), math.radians(x), math.log(x, 3)])
    out.append([math.asin(0.3), math.acos(-0.2), math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.floor(7), math.fabs(-3)])
    out.append([math.copysign(2, -0.0), math.isfinite(1e308), math.isinf(-math.inf), math.gcd(84, -36), math.factorial(20), math.isqrt(99), math.log(8, 2)])
    for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.asin(2), lambda: math.floor(math.inf),
              lambda: math.floor(math.nan), lambda: math.factorial(-1), lambda: math.sqrt("x"), lambda: math.log(10, 1), lambda: math.cosh(1e4)]:
        out.append(attempt(f))
    return "\n".join(str(x) for x in out) + "\n"
