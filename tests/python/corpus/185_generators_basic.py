# Generator functions: yield in loops and branches, return values,
# next() with and without a default, generators passed around and
# partially consumed, infinite generators cut by break.


def count_up(start, stop, step=1):
    n = start
    while n < stop:
        yield n
        n += step


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def classify(xs):
    for x in xs:
        if x < 0:
            yield "neg"
        elif x == 0:
            yield "zero"
        else:
            if x % 2:
                yield "odd"
            else:
                yield "even"
    else:
        yield "end"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def with_return(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total * 10


def first_word(lines):
    for line in lines:
        for word in line.split():
            if word.isalpha():
                yield word.lower()
                break


def on_client_request():
    out = []
    out.append(list(count_up(0, 10, 3)))
    out.append(take(5, naturals()))
    out.append(list(classify([3, -1, 0, 8])))
    out.append(take(12, fib()))
    g = with_return(4)
    out.append([next(g), next(g), next(g), next(g)])
    try:
        next(g)
    except StopIteration as e:
        out.append(("stopped", e.args))
    out.append(next(g, "default"))
    out.append(list(first_word(["Hello there", "42 Big cats", "", "end."])))
    nat = naturals()
    out.append([next(nat) for _ in range(3)])
    out.append(sum(x for x in take(4, nat)))
    evens = (n for n in naturals() if n % 2 == 0)
    out.append([next(evens), next(evens), next(evens)])
    squares = (x * x for x in range(5))
    out.append(list(squares))
    out.append(list(squares))
    out.append(max(count_up(1, 50, 7)))
    out.append(sorted(classify([1, 2, 0])))
    out.append(dict(zip("abc", naturals())))
    out.append(list(enumerate(count_up(5, 8))))
    return {"out": out}
