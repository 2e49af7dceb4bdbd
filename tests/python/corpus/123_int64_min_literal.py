# The most negative 64-bit int written as a literal: CPython reads it as
# -(9223372036854775808), whose operand alone does not fit 64 bits; the
# value does, so it compiles (it was refused as "too large").
LOW = -9223372036854775808


def on_client_request():
    values = [LOW, -0x8000000000000000, -0o1000000000000000000000, LOW + 1, -9223372036854775807]
    out = [repr(values), str(LOW == -0x8000000000000000), str(LOW < -9223372036854775807)]
    out.append(str(min(values)))
    out.append(str(LOW // 2) + " " + str(LOW % 7) + " " + str(abs(LOW + 1)))
    parsed = [int("-9223372036854775808"), int(" -9223372036854775807 "), int("9223372036854775807"),
              int("-0x8000000000000000", 0), int("-8000000000000000", 16), int("-1" + "0" * 18)]
    out.append(repr(parsed))
    return "\n".join(out) + "\n"
