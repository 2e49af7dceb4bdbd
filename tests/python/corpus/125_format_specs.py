# Format specs that gave wrong answers with no error (issue 15 item 7):
# negative ints in hex and binary ('ffff...' for -1), a precision without
# a type on a float (taken as fixed point: CPython counts significant
# digits and may switch to an exponent), a bool with a spec (CPython
# formats the int). Plus the 'e' and 'g' types, rounded exactly as
# CPython, and the errors a wrong type gives.
def fmt_all(values, specs):
    out = []
    for v in values:
        row = []
        for spec in specs:
            try:
                row.append(format_one(v, spec))
            except ValueError as e:
                row.append("ValueError: " + str(e))
            except TypeError as e:
                row.append("TypeError: " + str(e))
        out.append(repr(v) + " -> " + " | ".join(row))
    return out


def format_one(v, spec):
    if spec == ".4":
        return f"{v:.4}"
    if spec == ".1":
        return f"{v:.1}"
    if spec == ".0":
        return f"{v:.0}"
    if spec == ".17":
        return f"{v:.17}"
    if spec == "10.3":
        return f"{v:10.3}"
    if spec == "08.3":
        return f"{v:08.3}"
    if spec == "e":
        return f"{v:e}"
    if spec == ".2e":
        return f"{v:.2e}"
    if spec == ".0E":
        return f"{v:.0E}"
    if spec == "g":
        return f"{v:g}"
    if spec == ".3g":
        return f"{v:.3g}"
    if spec == ".12G":
        return f"{v:.12G}"
    if spec == "x":
        return f"{v:x}"
    if spec == "b":
        return f"{v:b}"
    if spec == "5":
        return f"{v:5}"
    if spec == "<6":
        return f"[{v:<6}]"
    if spec == "d":
        return f"{v:d}"
    if spec == "s":
        return f"{v:s}"
    return "?"


FLOATS = [3.14159265, 1e20, 123.0, 12.0, 0.0001, 0.00001, 0.0, -0.0, 1e16, 9.995, 9.9996,
          float("inf"), float("-inf"), float("nan"), 5e-324, 100.0, 0.5, 1234.5, 1.5, 2.5,
          -1234.5, 123456789.0, 0.1, 1e300, 2.675, 1e-7, 999999.5, 0.000123456]
INTS = [0, 1, -1, -5, 255, -255, 2 ** 62, -9223372036854775808, 9223372036854775807, True, False]


def on_client_request():
    lines = fmt_all(FLOATS, [".4", ".1", ".0", ".17", "10.3", "08.3", "e", ".2e", ".0E", "g", ".3g", ".12G"])
    lines += fmt_all(INTS, ["x", "b", "5", "<6", "d", ".4", "e", "g", "s"])
    lines += fmt_all(["abc", None, [1]], ["s", ".4", "5", "d", "e"])
    return "\n".join(lines) + "\n"
