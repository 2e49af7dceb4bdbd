# call: /
# call: /dict
from mayfly import request


def early(n):
    try:
        for i in range(n):
            if i == 2:
                return i
    finally:
        pass


def ratio(x):
    return 10 / x


def on_client_request():
    # Frames popped by returns through finally and by caught exceptions
    # in comprehensions must not linger in later tracebacks.
    early(5)
    try:
        [ratio(x) for x in [1, 0]]
    except ZeroDivisionError:
        pass
    if request.path == "/dict":
        return str({k: ratio(k - 3) for k in range(5)})
    return str(sum(ratio(x) for x in [5, 2, 0]))
