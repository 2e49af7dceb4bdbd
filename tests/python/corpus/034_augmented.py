def on_client_request():
    x = 10
    x += 5
    x -= 3
    x *= 2
    x //= 5
    x %= 4
    x **= 3
    y = 7.0
    y /= 2
    s = "ab"
    s += "cd"
    s *= 2
    l = [1]
    m = l
    l += [2, 3]
    b = 12
    b &= 10
    b |= 1
    b ^= 3
    b <<= 2
    b >>= 1
    return repr([x, y, s, l, m, b])
