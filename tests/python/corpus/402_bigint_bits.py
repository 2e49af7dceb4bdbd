# Bit operations on ints of any size: & | ^ ~ as infinite two's
# complement, shifts both ways with negative numbers, shift errors.


def on_client_request():
    out = []
    a = 2 ** 100 + 12345
    b = -(2 ** 90) - 777
    for x, y in [(a, b), (b, a), (a, 0xFFFF), (b, -1), (-a, b), (a, -a), (b, 2 ** 64 - 1)]:
        out.append([x & y, x | y, x ^ y])
    out.append([~a, ~b, ~(2 ** 63), ~(-(2 ** 63) - 1)])
    out.append([1 << 64, 1 << 100, -1 << 70, 3 << 62, 5 << 61])
    out.append([a >> 1, a >> 64, a >> 101, a >> 200, b >> 1, b >> 89, b >> 90, b >> 91, b >> 500])
    out.append([-(2 ** 64) >> 64, -(2 ** 64) >> 63, -(2 ** 64) - 1 >> 64])
    out.append((a << 7) >> 7 == a)
    out.append(1 << 0 << 63)
    out.append(a >> 2 ** 70)
    out.append(b >> 2 ** 70)
    out.append(0 << 2 ** 70)
    try:
        out.append(1 >> -(2 ** 70))
    except ValueError as e:
        out.append(str(e))
    x = 1
    for i in range(130):
        x |= 1 << i
    out.append(x)
    out.append(x & (x >> 3))
    return {"out": out}
