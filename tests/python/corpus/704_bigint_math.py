# Big integers: factorials, fibonacci by fast doubling, modular arithmetic, digit sums.
import math
from functools import reduce


def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)


def fib_mod(n, m):
    a, b = 0, 1
    for bit in bin(n)[2:]:
        c = a * ((2 * b - a) % m) % m
        d = (a * a + b * b) % m
        a, b = (d, (c + d) % m) if bit == "1" else (c, d)
    return a


def digit_sum(n):
    return sum(int(ch) for ch in str(n))


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
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


def on_client_request():
    out = []
    f100 = math.factorial(100)
    out.append(f"100! has {len(str(f100))} digits, digit sum {digit_sum(f100)}")
    out.append(f"trailing zeros: {len(str(f100)) - len(str(f100).rstrip('0'))}")
    out.append(str(fib_pair(300)[0]))
    out.append(str(fib_mod(10 ** 18, 1_000_000_007)))
    m = 2 ** 127 - 1
    out.append(f"M127 prime? {is_probable_prime(m)}; M127+2 prime? {is_probable_prime(m + 2)}")
    inv = pow(12345, -1, 1_000_000_007)
    out.append(f"inverse {inv} check {inv * 12345 % 1_000_000_007}")
    out.append(str(math.comb(200, 100) % 10 ** 12))
    out.append(hex(reduce(lambda a, b: a ^ b, (3 ** k for k in range(60)))))
    q, r = divmod(-(10 ** 25) - 3, 7 ** 20)
    out.append(f"{q} {r}")
    out.append(f"{2 ** 100:,} {-(2 ** 70) >> 3} {(1 << 90) | 5:#x}")
    out.append(str(math.isqrt(10 ** 40 + 12345)))
    out.append(str(math.gcd(math.factorial(30), 2 ** 40 * 3 ** 5)))
    out.append(f"{f100 / math.factorial(98):.1f} {float(2 ** 200):e}")
    out.append(str(int("1" * 50) * int("9" * 40) // 3 ** 30))
    return "\n".join(out)
