# Attributes on functions, as counting, registering and memoizing
# decorators set them: assignment, +=, reads, getattr/hasattr/setattr,
# del, and a function without any still raising AttributeError.

import functools

registry = []


def register(kind):
    def wrap(f):
        f.kind = kind
        registry.append(f)
        return f
    return wrap


def counted(f):
    @functools.wraps(f)
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    return wrapper


@register("greeting")
def hello():
    return "hi"


@register("math")
@counted
def square(x):
    return x * x


def plain():
    return 0


def on_client_request():
    out = [square(3), square(4), square.calls, square.kind, hello.kind, [f.__name__ for f in registry]]
    hello.tags = ["a"]
    hello.tags.append("b")
    out += [hello.tags, getattr(hello, "kind"), hasattr(hello, "nope"), getattr(plain, "x", "default")]
    setattr(plain, "x", 5)
    out.append(plain.x)
    del plain.x
    out.append(hasattr(plain, "x"))
    try:
        plain.missing
    except AttributeError as e:
        out.append(str(e))
    try:
        del plain.missing
    except AttributeError as e:
        out.append(str(e))
    return "\n".join(map(str, out))
