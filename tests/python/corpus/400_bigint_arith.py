# Integers of any size: + - * // % with every sign, mixed with small ints
# and floats, factorials and Fibonacci numbers, comparisons and sorting.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def on_client_request():
    out = []
    big = 2 ** 64
    out.append(big)
    out.append(big - 1)
    out.append(-big)
    out.append(9223372036854775807 + 1)
    out.append(-9223372036854775808 - 1)
    out.append((-9223372036854775807 - 1) * -1)
    out.append(-(-9223372036854775807 - 1))
    out.append(factorial(30))
    out.append(factorial(52) // factorial(47))
    out.append(fib(150))
    out.append(str(factorial(25)))
    out.append(repr(-factorial(21)))
    out.append(f"{fib(100)}|{-fib(101)}")
    x = 123456789012345678901234567890
    y = -987654321098765432109876543210
    for a, b in [(x, 7), (x, -7), (-x, 7), (-x, -7), (y, x), (x, y), (x, 10 ** 15), (10 ** 40, x), (7, x), (-7, x)]:
        out.append([a // b, a % b, divmod(a, b)])
    out.append(x * y)
    out.append(x + y)
    out.append(x - y)
    out.append(x * 0)
    out.append((x * y) // y == x)
    out.append(x - x)
    out.append(type(x - x + 5).__name__)
    out.append(abs(y))
    out.append(-x)
    out.append(+x)
    out.append(x > y)
    out.append([x < 10 ** 30, x == 123456789012345678901234567890, x != x + 1])
    out.append(sorted([x, y, 3, -2 ** 70, 2 ** 63, 2.5, -(2 ** 63)]))
    out.append(max([x, y, 2 ** 100]))
    out.append(min(x, y))
    out.append(sum([2 ** 62, 2 ** 62, 2 ** 62, 2 ** 62]))
    out.append(x + 0.5)
    out.append(x * 1.5)
    out.append(bool(x))
    out.append(x in [1, 123456789012345678901234567890])
    out.append({x: "big", 2 ** 64: "two64"}[2 ** 64])
    out.append(isinstance(x, int))
    out.append(type(x) is int)
    n = 1
    for _ in range(70):
        n = n * 3
    out.append(n)
    out.append(n % 1000000007)
    total = 0
    for d in str(2 ** 1000):
        total += int(d)
    out.append(total)
    try:
        out.append(x // 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(x % 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return {"out": out}
