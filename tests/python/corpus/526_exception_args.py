# Builtin exceptions of several arguments (KeyError("k", 2)): args, str,
# repr, unpacking e.args, StopIteration.value of the first.

def on_client_request():
    out = []
    for e in [KeyError("k", 2), ValueError("bad", 42, None), KeyError("k"), KeyError(), RuntimeError(1, 2)]:
        out.append((str(e), repr(e), e.args, len(e.args)))
    try:
        raise LookupError("missing", {"id": 3})
    except LookupError as e:
        code, detail = e.args
        out.append((code, detail, f"{e}"))
    try:
        raise StopIteration(1, 2)
    except StopIteration as e:
        out.append(e.value)
    return "\n".join(map(str, out))
