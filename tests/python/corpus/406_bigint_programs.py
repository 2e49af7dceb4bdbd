# Programs that assume ints of any size: digit sums of powers and
# factorials, the first Fibonacci number with 100 digits, Collatz
# sequences from huge starts, Catalan numbers, a big-int hash of a text,
# binomial coefficients and math functions on big ints.
# call: /?n=40
import math
from mayfly import request


def digit_sum(n):
    return sum(int(c) for c in str(n))


def first_fib_with_digits(k):
    a, b, i = 1, 1, 2
    while len(str(b)) < k:
        a, b = b, a + b
        i += 1
    return i


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c


def text_hash(s):
    h = 0
    for ch in s:
        h = h * 131 + ord(ch)
    return h


def on_client_request():
    n = int(request.args.get("n", "10"))
    out = {}
    out["pow_digit_sum"] = digit_sum(2 ** 1000)
    out["fact_digit_sum"] = digit_sum(math.factorial(100))
    out["fib100"] = first_fib_with_digits(100)
    out["collatz"] = collatz_steps(2 ** 100 + 1)
    out["catalan"] = [catalan(i) for i in range(0, n, 7)]
    out["hash"] = text_hash("the quick brown fox jumps over the lazy dog")
    out["hash_mod"] = text_hash("mayfly") % (2 ** 61 - 1)
    out["comb"] = [math.comb(n * 3, n), math.comb(100, 50), math.comb(5, 7)]
    out["perm"] = [math.perm(30, 20), math.perm(6)]
    out["gcd"] = math.gcd(2 ** 100 * 3 ** 20, 6 ** 50)
    out["isqrt"] = [math.isqrt(10 ** 50), math.isqrt(2 ** 127 - 1)]
    out["floor"] = [math.floor(1e25), math.ceil(-2.5e20), math.trunc(7.9e30)]
    out["round"] = [round(123456789012345678901234567890, -5), round(10 ** 25 + 5 * 10 ** 4, -5), round(2 ** 70)]
    out["bits"] = [(2 ** 100).bit_length(), (-(2 ** 64)).bit_length(), (0).bit_length(), (255).bit_length()]
    return out
