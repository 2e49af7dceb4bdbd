# join sizes its result in one pass, str(int) writes digits directly, and
# split/find take byte-level fast paths for ASCII text and one-char
# separators: each checked against CPython on ASCII and non-ASCII text.
def on_client_request():
    out = []
    out.append(",".join(["x", "héllo", "", "z"]))
    out.append(repr(["".join([]), "--".join(("a",)), " ".join({"k": 1, "q": 2})]))
    nums = [1, -20, 300, -9223372036854775807 - 1, 9223372036854775807, 0, -0, True]
    out.append("é".join([str(i) for i in nums]))
    out.append(str(len("é".join([str(i) for i in nums]))))
    out.append("".join(str(i % 97) for i in range(300)))
    try:
        ",".join(["a", 1])
    except TypeError as x:
        out.append(str(x))
    for t in ["a,b,,c", "héllo,wörld", ",", "", "abc", "a, b , c", "ü,ü"]:
        out.append(repr([t.split(","), t.split(", "), t.split(), t.split(",", 1)]))
        out.append(repr([t.find("l"), t.find("ö"), t.find(","), "l" in t, len(t.split(",")[-1])]))
    for t in ["ABCxyz+/", "héllo", "a"]:
        out.append(repr([t[0], t[-1], t[len(t) // 2], [t[i] for i in range(len(t))], "".join(t), t[0] == t[-len(t)]]))
        try:
            t[len(t)]
        except IndexError as x:
            out.append("IndexError: " + str(x))
    counts = {}
    for w in ",".join(str(k % 7) for k in range(100)).split(","):
        counts[w] = counts.get(w, 0) + 1
    out.append(repr(counts))
    return "\n".join(out)
