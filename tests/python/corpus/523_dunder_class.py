# x.__class__ for every value (builtin ones, exceptions, user classes):
# the same class object type(x) gives.


class Shape:
    pass


class Square(Shape):
    pass


def on_client_request():
    out = []
    for v in [5, True, 2.5, "s", [1], (1,), {"k": 1}, range(2), Square()]:
        out.append((v.__class__.__name__, v.__class__ is type(v)))
    try:
        {}["missing"]
    except LookupError as e:
        out.append((e.__class__.__name__, e.__class__ is KeyError, issubclass(e.__class__, LookupError)))
    s = Square()
    out.append(isinstance(s, s.__class__))
    return "\n".join(map(str, out))
