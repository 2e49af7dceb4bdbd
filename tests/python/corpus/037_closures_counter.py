def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def on_client_request():
    add3 = make_adder(3)
    times2 = lambda x: x * 2
    return repr([add3(1), compose(add3, times2)(5), compose(times2, add3)(5), list(map_(add3, [1, 2]))])


def map_(f, xs):
    return [f(x) for x in xs]
