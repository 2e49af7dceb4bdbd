# send(), close() and throw(): coroutine-style generators, cleanup in
# finally when closed, a thrown exception caught inside the generator.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return average
        total += value
        count += 1
        average = total / count


def accumulate():
    log = []
    try:
        while True:
            x = yield len(log)
            log.append(x)
    finally:
        print("closing with", log)


def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1


def on_client_request():
    out = []
    avg = averager()
    out.append(next(avg))
    out.append(avg.send(10))
    out.append(avg.send(20))
    out.append(avg.send(60))
    try:
        avg.send(None)
    except StopIteration as e:
        out.append(("result", e.args))
    acc = accumulate()
    next(acc)
    out.append(acc.send("a"))
    out.append(acc.send("b"))
    acc.close()
    acc.close()
    try:
        next(acc)
    except StopIteration:
        out.append("closed")
    r = resilient()
    out.append(next(r))
    out.append(next(r))
    out.append(r.throw(ValueError("bad")))
    out.append(next(r))
    r.close()
    fresh = averager()
    try:
        fresh.send(5)
    except TypeError as e:
        out.append(str(e))
    fresh.close()
    try:
        next(fresh)
    except StopIteration:
        out.append("fresh closed")
    t = resilient()
    try:
        t.throw(KeyError("k"))
    except KeyError as e:
        out.append(("thrown into unstarted", str(e)))
    return {"out": out}
