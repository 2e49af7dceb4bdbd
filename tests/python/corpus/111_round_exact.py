def attempt(out, f):
    try:
        out.append(repr(f()))
    except OverflowError as e:
        out.append("OverflowError: " + str(e))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    except TypeError as e:
        out.append("TypeError: " + str(e))


def on_client_request():
    out = []
    out.append(repr([round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5)]))
    out.append(repr([round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0), round(3.5, 0), round(-2.5, 0)]))
    out.append(repr([round(12345.678, -2), round(-12355.0, -1), round(15.0, -1), round(25.0, -1), round(1e22, -21)]))
    out.append(repr([round(15, -1), round(25, -1), round(-15, -1), round(-25, -1), round(7, 2), round(7, -3), round(1234, -2)]))
    out.append(repr([round(True), round(True, 1), round(-0.001, 2), round(-0.4, 0), round(0.1, 400), round(-2.5, -400)]))
    out.append(repr([round(1e300, 5), round(5e-324, 323), round(5e-324, 324), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16)]))
    out.append(repr([round(x / 7, 3) for x in range(-10, 11)]))
    out.append(repr([round(123.456, n) for n in range(-4, 5)]))
    out.append(repr([round(9.995, 2), round(0.285, 2), round(1.0000000000000002, 15), round(2**52 + 0.5), round(4503599627370497.5)]))
    out.append(repr(round(9223372036854775807, -1) if False else round(9000000000000000000, -18)))
    attempt(out, lambda: round(float("nan")))
    attempt(out, lambda: round(float("inf")))
    attempt(out, lambda: round(1.7976931348623157e308, -308))
    attempt(out, lambda: round(float("inf"), 2))
    attempt(out, lambda: round("x"))
    attempt(out, lambda: round(1.5, 1.0))
    attempt(out, lambda: round(9200000000000000000, -18))
    out.append(f"{2.675:.2f} {1e20:.2f} {0.125:.2f} {-0.0:.1f} {float('inf'):.2f} {-1e-10:.3f} {0.5:.0f} {1.5:.0f} {9.995:.2f}")
    out.append(f"{1e-300:.3f} {123.456:.10f} {5e-324:.400f}"[:80])
    out.append(f"{2.5:.0f} {0.045:.2f} {1/3:.20f} {-float('nan'):.1f} {0.00049:.1%}")
    return "\n".join(out)
