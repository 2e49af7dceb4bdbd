# Methods of builtin types as values: key=str.lower, map(str.strip, ...),
# a method passed to a helper.


def apply(f, xs):
    return [f(x) for x in xs]


def on_client_request():
    words = ["banana", "Apple", "cherry", "apple", "Banana"]
    out = [sorted(words, key=str.lower)]
    out.append(list(map(str.strip, ["  a ", "b  ", "\tc"])))
    out.append(apply(str.upper, ["x", "yz"]))
    scores = {"ann": 3, "bob": 7, "cy": 5}
    out.append(max(scores, key=lambda k: scores[k]))
    split = str.split
    out.append(split("a,b,,c", ","))
    out.append(list(map(str.title, ["hello world", "abc"])))
    out.append(list(filter(str.isdigit, ["12", "a1", "7"])))
    out.append(sorted(["b", "A", "c"], key=str.lower, reverse=True))
    out.append(list(map(list.copy, [[1], [2, 3]])))
    out.append(", ".join(map(str.capitalize, ["one", "two"])))
    for f in (str.lower, lambda v: str.upper(v), list.copy):
        try:
            f(5)
        except TypeError as e:
            out.append(str(e))
    return {"out": out}
