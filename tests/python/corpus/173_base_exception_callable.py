# BaseException as a base class (not caught by `except Exception`, as
# in CPython), isinstance/issubclass with it, and callable().
class Stop(BaseException):
    pass


class Tool:
    def __call__(self):
        return 1


def handler():
    try:
        raise Stop("halt")
    except Exception:
        return "wrong"
    except BaseException as e:
        return "base " + str(e) + " " + type(e).__name__


def on_client_request():
    out = [handler(), isinstance(ValueError("x"), BaseException), issubclass(Stop, Exception), issubclass(KeyError, BaseException)]
    out.append([callable(len), callable(handler), callable(Tool), callable(Tool()), callable(3), callable("s"), callable(lambda: 1), callable(Tool().__call__)])
    return "\n".join(str(x) for x in out) + "\n"
