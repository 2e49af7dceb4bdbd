# User exception classes: hierarchies caught by a base, arguments,
# str(e), e.args, extra attributes, repr, raising the class itself,
# exceptions deriving from a builtin one caught as it.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what


class Invalid(AppError, ValueError):
    pass


class Detailed(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"[{self.code}] {self.msg}"


def check(kind):
    if kind == 1:
        raise NotFound("user")
    if kind == 2:
        raise Invalid("bad", 7)
    if kind == 3:
        raise Detailed(404, "missing")
    if kind == 4:
        raise AppError
    return "ok"


def on_client_request():
    out = []
    for kind in range(5):
        try:
            out.append(check(kind))
        except NotFound as e:
            out.append(["NotFound", str(e), e.what, e.args, repr(e)])
        except ValueError as e:
            out.append(["ValueError", str(e), e.args, repr(e), isinstance(e, AppError)])
        except AppError as e:
            out.append(["AppError", str(e), e.args, repr(e), type(e).__name__])
        except Exception as e:
            out.append(["Exception", str(e), e.code, e.args])
    try:
        try:
            raise NotFound("x")
        except LookupError:
            out.append("wrong")
    except AppError as e:
        out.append("right " + str(e))
    return "\n".join(str(x) for x in out) + "\n"
