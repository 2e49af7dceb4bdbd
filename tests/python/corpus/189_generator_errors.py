# Exceptions in generators: raised inside and caught by the consumer,
# a StopIteration escaping a generator body (RuntimeError, PEP 479),
# a generator running itself, exceptions from close.


def failing(n):
    for i in range(n):
        yield i
    raise ValueError("ran out at " + str(n))


def leaky():
    yield 1
    next(iter([]))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def handled():
    try:
        yield "body"
        raise KeyError("key")
    except KeyError as e:
        got = yield "in handler " + str(e)
        yield "still " + repr(e) + " " + str(got)
    else:
        yield "no"
    try:
        yield "second"
    except ValueError:
        yield "no"
    else:
        yield "else ran"
    yield "end"


def selfish():
    yield next(me)


def on_client_request():
    out = []
    got = []
    try:
        for x in failing(3):
            got.append(x)
    except ValueError as e:
        out.append((got, str(e)))
    g = leaky()
    out.append(next(g))
    try:
        next(g)
    except RuntimeError as e:
        out.append((str(e), type(e.__cause__).__name__))
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        out.append(str(e))
    global me
    me = selfish()
    try:
        next(me)
    except ValueError as e:
        out.append(str(e))
    h = handled()
    out.append(next(h))
    out.append(h.send("x"))
    out.append(list(h))
    return {"out": out}
