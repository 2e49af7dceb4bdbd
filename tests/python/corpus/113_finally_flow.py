# call: /
# call: /boom
from mayfly import request

log = []


def ret_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


def override():
    try:
        return "try"
    finally:
        return "finally wins"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def except_return(x):
    try:
        if x:
            raise KeyError(x)
        return "body"
    except KeyError:
        return "handler"
    finally:
        log.append("cleanup " + str(x))


def nested():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


def nested_override():
    try:
        try:
            return 1
        finally:
            log.append("a")
    finally:
        return 2


def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    else:
        out.append("no else after break")
    return out


def while_continue():
    out = []
    i = 0
    while i < 4:
        i += 1
        try:
            try:
                if i % 2 == 0:
                    continue
                out.append(i)
            except ValueError:
                pass
        finally:
            out.append("f")
    return out


def break_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            break
    return out


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                return "never"
        finally:
            out.append(i)
            continue
    return out


def return_value_raises():
    try:
        return 1 // 0
    except ZeroDivisionError:
        return "caught while computing the return value"
    finally:
        log.append("after zero")


def deep(n):
    try:
        if n == 0:
            return 0
        return deep(n - 1) + 1
    finally:
        log.append(n)


def loop_in_finally():
    try:
        return "kept"
    finally:
        for j in range(3):
            if j == 1:
                break
            log.append("loop " + str(j))


def try_in_loop_in_try():
    out = []
    try:
        for i in range(3):
            try:
                if i == 2:
                    return out
                out.append(i)
            finally:
                out.append("in")
    finally:
        out.append("out")


def still_raises():
    try:
        try:
            raise IndexError("passes through")
        finally:
            log.append("ran")
    except IndexError as e:
        return "outer caught " + str(e)


def on_client_request():
    r = [ret_in_try(), override(), swallow(), except_return(0), except_return(5), nested(), nested_override()]
    r += [loop_break(), while_continue(), break_in_finally(), continue_in_finally(), return_value_raises()]
    r += [deep(3), loop_in_finally(), try_in_loop_in_try(), still_raises()]
    for i in range(2):
        try:
            if i == 0:
                continue
            r.append("module-level loop " + str(i))
        finally:
            r.append("handler finally " + str(i))
    if request.path == "/boom":
        # try_depth is back to zero: an uncaught error still ends the request.
        return {}["missing"]
    return repr(r) + "\n" + repr(log)
