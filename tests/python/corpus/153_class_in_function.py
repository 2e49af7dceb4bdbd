# A class defined inside a function: made at each call, its methods
# closing over the function's locals.
def make_counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0

        def tick(self):
            self.n += step
            return self.n

    return Counter


def on_client_request():
    C2 = make_counter_class(2)
    C5 = make_counter_class(5)
    a = C2()
    b = C5()
    a.tick()
    out = [a.tick(), b.tick(), C2 is C5, type(a).__name__, isinstance(a, C5)]
    return repr(out) + "\n"
