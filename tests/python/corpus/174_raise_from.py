# raise ... from: __cause__, __suppress_context__ and __context__ as
# CPython sets them, with a class or an instance as the cause.
class AppError(Exception):
    pass


def on_client_request():
    out = []
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise AppError("wrapped") from e
    except AppError as e:
        out.append([repr(e.__cause__), e.__suppress_context__, repr(e.__context__)])
    try:
        raise AppError("bare") from ValueError
    except AppError as e:
        out.append([repr(e.__cause__), e.__suppress_context__, e.__context__])
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise AppError("quiet") from None
    except AppError as e:
        out.append([e.__cause__, e.__suppress_context__, repr(e.__context__)])
    try:
        raise AppError("x") from 5
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
