# call: /?msg=attack%20at%20dawn
# call: /?msg=hi
# Toy RSA: Miller-Rabin primes from a seeded RNG, modular inverse, sign/verify, CRT decrypt.
import random
import math
from mayfly import request

SMALL = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]


def is_probable_prime(n, rng, rounds=12):
    if n < 2:
        return False
    for p in SMALL:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits, rng):
    while True:
        cand = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(cand, rng):
            return cand


def keygen(bits, seed):
    rng = random.Random(seed)
    e = 65537
    while True:
        p, q = gen_prime(bits // 2, rng), gen_prime(bits // 2, rng)
        phi = (p - 1) * (q - 1)
        if p != q and math.gcd(e, phi) == 1:
            return p, q, e, pow(e, -1, phi)


def on_client_request():
    msg = request.args.get("msg", "hello")
    p, q, e, d = keygen(160, 2024)
    n = p * q
    m = int.from_bytes(msg.encode(), "big")
    c = pow(m, e, n)
    dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = (qinv * (m1 - m2)) % p
    crt = m2 + h * q
    plain = crt.to_bytes((crt.bit_length() + 7) // 8, "big").decode()
    sig = pow(m, d, n)
    lines = [
        f"n has {n.bit_length()} bits, {len(str(n))} digits",
        f"p mod 1000 = {p % 1000}, q mod 1000 = {q % 1000}",
        f"e*d mod phi = {e * d % ((p - 1) * (q - 1))}",
        f"m = {m:#x}",
        f"c = {hex(c)[:20]}...",
        f"decrypted: {plain!r} match={plain == msg}",
        f"signature valid: {pow(sig, e, n) == m}, tampered valid: {pow(sig + 1, e, n) == m}",
        f"n in base 36 head: {int(str(n)[:12]) % 36 ** 3}",
        f"divmod: {divmod(n, 10 ** 40)[1] % 999983}",
    ]
    return "\n".join(lines)
