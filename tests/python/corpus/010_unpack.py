def on_client_request():
    a, b = 1, 2
    a, b = b, a
    first, *rest = [1, 2, 3, 4]
    *init, last = "abc"
    (x, y), z = (5, 6), 7
    pairs = list(zip([1, 2, 3], "xyz"))
    en = list(enumerate(["a", "b"], 1))
    rev = list(reversed([1, 2, 3]))
    sq = {k: k * k for k in range(4)}
    grid = [(i, j) for i in range(3) for j in range(i) if j != 1]
    return repr([a, b, first, rest, init, last, x, y, z, pairs, en, rev, sq, grid, sum(range(5)), any([0, 1]), all([])])
