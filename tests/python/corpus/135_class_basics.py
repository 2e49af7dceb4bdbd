# A class with __init__, methods, class attributes shared by instances
# and shadowed by instance attributes, attributes set outside __init__.
class Counter:
    step = 1
    created = 0

    def __init__(self, start=0):
        self.value = start
        Counter.created += 1

    def bump(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self.value


def on_client_request():
    a = Counter()
    b = Counter(10)
    a.bump()
    a.bump(3)
    b.step = 5
    b.bump(2)
    b.label = "bee"
    out = [a.value, b.value, a.step, b.step, Counter.step, Counter.created, b.label]
    Counter.step = 2
    a.bump()
    out.append(a.value)
    return repr(out) + "\n"
