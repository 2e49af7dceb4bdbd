def on_client_request():
    out = []
    for i, c in enumerate("abc"):
        out.append((i, c))
    for i, c in enumerate("xy", 1):
        out.append((i, c))
    for a, b in zip([1, 2, 3], "pq"):
        out.append(a * b)
    for x in reversed([1, 2, 3]):
        out.append(x)
    return repr([out, list(zip("ab", [1, 2], (True, False))), list(reversed("abc"))])
