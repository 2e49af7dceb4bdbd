def on_client_request():
    a = 7
    b = -3
    out = [a + b, a - b, a * b, a // b, a % b, -a // 2, -a % 2, a ** 3, 2 ** 62, a & 5, a | 8, a ^ 2, a << 4, -a >> 1, ~a]
    out.append(divmod(-17, 5))
    out.append(abs(-4))
    out.append(pow(3, 4, 5))
    return {"r": out}
