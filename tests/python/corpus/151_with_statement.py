# The with statement: __enter__'s value bound by `as`, __exit__ called
# on the way out with None or the exception, suppression by a true
# return, several managers (exited in reverse), return/break/continue
# leaving through __exit__.
log = []


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.append("exit " + self.name)
        else:
            log.append("exit " + self.name + " " + exc_type.__name__ + ": " + str(exc))
        return self.suppress


def early(n):
    with Manager("ret"):
        if n > 0:
            return "returned"
        log.append("not returned")
    return "fell through"


def on_client_request():
    del log[:]
    with Manager("a") as a:
        log.append("body " + a)
    with Manager("outer") as o, Manager("inner") as i:
        log.append("both " + o + " " + i)
    with Manager("quiet", suppress=True):
        raise ValueError("hidden")
    try:
        with Manager("loud"):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught " + repr(e))
    log.append(early(1))
    log.append(early(0))
    for k in range(3):
        with Manager("loop" + str(k)):
            if k == 0:
                continue
            if k == 1:
                break
    try:
        with 5:
            pass
    except TypeError as e:
        log.append(str(e))
    return "\n".join(log) + "\n"
