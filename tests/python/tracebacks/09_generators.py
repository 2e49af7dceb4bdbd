# An exception raised inside a generator, through yield from, consumed by
# a for loop in a helper; caught once (context) and raised again.


def numbers(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


def delegate(n):
    yield from numbers(n)


def total(n):
    s = 0
    for x in delegate(n):
        s += x
    return s


def on_client_request():
    try:
        total(5)
    except KeyError:
        squares = (1 // (x - 3) for x in range(5))
        return sum(list(squares))
