# Ints of any size meet floats: float() correctly rounded, true division
# of big ints, int() of big floats, exact comparisons, OverflowErrors.


def on_client_request():
    out = []
    out.append(float(2 ** 64))
    out.append(float(2 ** 53 + 1))
    out.append(float(2 ** 54 + 3))
    out.append(float(-(10 ** 30)))
    out.append(float(2 ** 1023 * 2 - 2 ** 971))
    out.append(float(2 ** 1023 * 2 - 2 ** 970 - 1))
    for x in [10 ** 400, 2 ** 1024, -(2 ** 1024) + 2 ** 970]:
        try:
            out.append(float(x))
        except OverflowError as e:
            out.append(str(e))
    out.append(10 ** 30 / 10 ** 10)
    out.append(2 ** 80 / 3)
    out.append((2 ** 53 + 1) / 1)
    out.append(1 / 2 ** 80)
    out.append(-(10 ** 50) / 7)
    out.append(10 ** 400 / 10 ** 399)
    out.append(3 ** 200 / 5 ** 100)
    out.append(1 / 10 ** 330)
    try:
        out.append(10 ** 400 / 1)
    except OverflowError as e:
        out.append(str(e))
    try:
        out.append(10 ** 30 / 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    out.append(int(1e30))
    out.append(int(-1.5e300))
    out.append(int(2.0 ** 63))
    out.append(int(9.3e18))
    out.append(2 ** 53 + 1 == 2.0 ** 53)
    out.append(2 ** 53 + 1 > 2.0 ** 53)
    out.append(2 ** 64 == 2.0 ** 64)
    out.append(10 ** 400 > 1e308)
    out.append(10 ** 400 < float("inf"))
    out.append(-(10 ** 400) < -1e308)
    out.append(10 ** 30 == 1e30)
    out.append(10 ** 22 == 1e22)
    out.append(2.0 ** 70 in {2 ** 70: 1})
    out.append({2.0 ** 70: "f"}[2 ** 70])
    out.append(hash(2 ** 70) == hash(2.0 ** 70))
    out.append(10 ** 20 + 0.0)
    out.append(2 ** 64 * 0.5)
    out.append(10 ** 20 // 3.0)
    out.append(10 ** 20 % 7.0)
    try:
        out.append(10 ** 400 + 1.0)
    except OverflowError as e:
        out.append(str(e))
    for bad in [float("nan"), float("inf")]:
        try:
            out.append(int(bad))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return {"out": out}
