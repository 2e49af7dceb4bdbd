# Reads of locals the compiler knows are bound skip the UnboundLocalError
# check: parameters and names assigned by top-level statements of the
# function. A name the function may unbind (del) is always checked, even
# where a loop reads it after an earlier assignment.
def deleted_in_loop(x):
    out = []
    for i in range(3):
        out.append(x)
        if i == 1:
            del x
    return out


def deleted_after_top(n):
    total = 0
    k = 5
    while n > 0:
        total = total + k
        n -= 1
        if n == 1:
            del k
    return total


def top_level_then_loops(n):
    acc = []
    step = 3
    for i in range(n):
        acc.append(i * step)
    def inner():
        return step + 1
    return acc, inner()


def maybe(flag):
    if flag:
        y = 1
    return y


def on_client_request():
    out = []
    for f in [lambda: deleted_in_loop(7), lambda: deleted_after_top(4),
              lambda: top_level_then_loops(4), lambda: maybe(True), lambda: maybe(False)]:
        # UnboundLocalError is a NameError; its message tells them apart.
        try:
            out.append(repr(f()))
        except NameError as e:
            out.append("raised: " + str(e))
    return "\n".join(out)
