# Boundaries of the compiler's inline small-int fast paths: each must agree
# with the runtime (and CPython) on either side of the limit.
def ops(a, b):
    out = [a + b, a - b, a < b, a <= b, a > b, a >= b, a == b, a != b]
    # Products stay within 64 bits (wider ints are OverflowError in mayfly).
    if abs(a) <= 2147483648 and abs(b) <= 2147483648 or a in [0, 1, -1] or b in [0, 1, -1]:
        out.append(a * b)
    if b != 0:
        out.append(a % b)
        out.append(a // b)
    if isinstance(a, int) and isinstance(b, int):
        out.append([a & b, a | b, a ^ b])
        if 0 <= b <= 70:
            out.append(a >> b)
    return out


def on_client_request():
    big = 4611686018427387903  # 2**62 - 1: the largest small int
    vals = [0, 1, -1, 7, -7, 2147483647, -2147483647, 2147483648, -2147483648, big, -big - 1, 3.5, True]
    res = []
    for a in vals:
        for b in vals:
            try:
                res.append(ops(a, b))
            except OverflowError:
                res.append("overflow")
    res.append(big + 1 - 1)
    res.append(-big - 1 - 1 + 1)
    res.append([x >> 63 for x in [big, -big]])
    res.append([5 % -3, -5 % 3, -5 // 3, 5 // -3])
    return {"r": res}
