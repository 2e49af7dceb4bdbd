# Methods of builtin types called through the type: str.upper(s),
# str.join(sep, items), list.append(xs, x), dict.get(d, k, default).
def on_client_request():
    s = "hello"
    xs = [1]
    list.append(xs, 2)
    d = {"a": 1}
    out = [str.upper(s), str.join("-", ["a", "b"]), str.replace(s, "l", "L", 1), xs, dict.get(d, "a"), dict.get(d, "b", 0), str.split("a b  c")]
    return repr(out) + "\n"
