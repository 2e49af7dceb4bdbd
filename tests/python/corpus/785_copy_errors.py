# What copy cannot copy: a generator (CPython's "cannot pickle"), and
# deepcopy's RecursionError for a structure deeper than the recursion
# limit is catchable.
import copy


def gen():
    yield 1


def on_client_request():
    out = []
    try:
        copy.copy(gen())
    except TypeError as e:
        out.append(str(e))
    try:
        copy.deepcopy([gen()])
    except TypeError as e:
        out.append(str(e))
    try:
        copy.deepcopy({}.keys())
    except TypeError as e:
        out.append(str(e))
    deep = []
    for _ in range(5000):
        deep = [deep]
    try:
        copy.deepcopy(deep)
    except RecursionError:
        out.append("RecursionError")
    shallow = copy.copy(deep)
    out.append(shallow[0] is deep[0])
    return repr(out)
