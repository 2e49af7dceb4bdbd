# User decorators on functions: plain, with arguments, stacked,
# returning closures that keep state, registering functions, decorators
# that replace a function with something else.

registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


def counted(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return (calls[0], fn(*args, **kwargs))
    return wrapper


def tag(label):
    def deco(fn):
        def inner(x):
            return label + "(" + str(fn(x)) + ")"
        return inner
    return deco


def memo(fn):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return lookup


order = []


def trace(name):
    order.append("evaluate " + name)

    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco


@register("double")
def double(x):
    return 2 * x


@register("square")
def square(x):
    return x * x


@counted
def greet(name, punct="!"):
    return "hi " + name + punct


@tag("b")
@tag("a")
def ident(x):
    return x


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@trace("outer")
@trace("inner")
def traced():
    return "traced"


def constant(fn):
    return 42


@constant
def replaced():
    return "never"


def on_client_request():
    out = []
    out.append(sorted(registry))
    out.append([registry["double"](5), registry["square"](5), double(7)])
    out.append(greet("ann"))
    out.append(greet("bob", punct="?"))
    out.append(ident(3))
    out.append(fib(80))
    out.append(traced())
    out.append(order)
    out.append(replaced)

    @counted
    def local(a, b):
        return a - b

    out.append([local(5, 3), local(b=1, a=9)])
    out.append(greet.__name__)
    return {"out": out}
