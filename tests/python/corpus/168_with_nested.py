# Context managers: an exception raised by __enter__ skips the body and
# __exit__; one raised by __exit__ replaces the body's; managers nested
# in loops with break and continue, and a manager returning another
# object from __enter__.
log = []


class Tracker:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        log.append("in " + self.name)
        return {"name": self.name}

    def __exit__(self, t, v, tb):
        log.append("out " + self.name + ("" if t is None else " with " + t.__name__))
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return False


def on_client_request():
    del log[:]
    try:
        with Tracker("a", fail_enter=True):
            log.append("never")
    except RuntimeError as e:
        log.append("caught " + str(e))
    try:
        with Tracker("b", fail_exit=True):
            raise ValueError("body")
    except KeyError as e:
        log.append("caught " + repr(e))
    for i in range(4):
        with Tracker("loop%d" % i) as info:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body " + info["name"])
    with Tracker("outer"):
        with Tracker("inner") as d:
            log.append(d["name"])
    return "\n".join(log) + "\n"
