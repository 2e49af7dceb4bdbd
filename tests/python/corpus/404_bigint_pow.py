# ** and pow() on ints of any size: exact powers, three-argument pow with
# big moduli and negative exponents (modular inverses), and errors.


def on_client_request():
    out = []
    out.append(2 ** 200)
    out.append((-3) ** 101)
    out.append(7 ** 0)
    out.append((10 ** 20) ** 3)
    out.append(2 ** -2)
    out.append((2 ** 70) ** 2 == 2 ** 140)
    out.append(pow(2, 100))
    out.append(pow(3, 200, 10 ** 9 + 7))
    out.append(pow(2 ** 100, 2 ** 50, 2 ** 61 - 1))
    out.append(pow(123456789, 987654321, 10 ** 30))
    out.append(pow(38, -1, 97))
    out.append(pow(3, -5, 2 ** 89 - 1))
    out.append(pow(-7, 3, 10))
    out.append(pow(7, 3, -10))
    out.append(pow(5, 0, 1))
    try:
        pow(4, -1, 8)
    except ValueError as e:
        out.append(str(e))
    try:
        pow(4, 2, 0)
    except ValueError as e:
        out.append(str(e))
    # A toy RSA round trip.
    p = 2 ** 89 - 1
    q = 2 ** 107 - 1
    n = p * q
    phi = (p - 1) * (q - 1)
    e = 65537
    d = pow(e, -1, phi)
    msg = 31415926535897932384626433832795028841971
    c = pow(msg, e, n)
    out.append(c)
    out.append(pow(c, d, n) == msg)
    out.append(sum(i ** i for i in range(1, 101)) % 10 ** 10)
    return {"out": out}
