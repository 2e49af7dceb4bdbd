# str methods with start and end (find, rfind, index, rindex, count, startswith,
# endswith, list.index), casefold, isidentifier, isascii, expandtabs, translate
# and str.maketrans, and str.format / format_map on computed strs at run time.

class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def on_client_request():
    out = []
    s = "hello world, hello"
    out.append([s.find("o", 5), s.find("o", 5, 7), s.find("o", -3), s.find("", 100), s.find("", 18), s.find("l", 2, 1)])
    out.append([s.rfind("o", 0, 10), s.rfind("hello", 1), s.index("world", 2, 12), s.rindex("l", 0, -3)])
    out.append([s.count("l", 3), s.count("l", 3, 10), s.count("", 2, 5), s.count("", 5, 2), s.count("", 50)])
    out.append([s.startswith("world", 6), s.startswith(("x", "wor"), 6, 9), s.endswith("hello", 0, 5), s.endswith("", 50), s.startswith("", 18)])
    out.append([[1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2, 5), (1, 2, 1).index(1, 1)])
    for f in [lambda: s.index("zz", 1), lambda: [1, 2].index(1, 1), lambda: s.find("a", "1"), lambda: [1].count(1, 0),
              lambda: s.rindex("hello", 0, 3), lambda: s.startswith(1, 2)]:
        try:
            out.append(f())
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    out.append(["Straße".casefold(), "ΣΑΣ".casefold(), "ﬁx".casefold(), "µ".casefold(), "ABC".casefold(), "İ".casefold()])
    out.append(["abc".isascii(), "é".isascii(), "".isascii()])
    out.append(["a_1".isidentifier(), "1a".isidentifier(), "".isidentifier(), "é_ü".isidentifier(), "a-b".isidentifier(), "_".isidentifier(), "℘x".isidentifier(), "x·".isidentifier()])
    out.append(["a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "ab\n\tc".expandtabs(2), "\t".expandtabs(0), "é\tx".expandtabs(3)])
    t = str.maketrans("abc", "xyz", "d")
    out.append(sorted(t.items()))
    out.append("abcdd-cab".translate(t))
    out.append("hello".translate({ord("l"): "L!", "o": None, 104: 72}) if False else "hello".translate({ord("l"): "L!", ord("o"): None, 104: 72}))
    out.append(sorted(str.maketrans({"a": "b", 99: None}).items()))
    out.append("abc".translate([None, "x"] * 50))
    for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
              lambda: "a".translate({97: 3.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1)]:
        try:
            out.append(f())
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    fmt = "{} + {} = {:>5}"
    out.append(fmt.format(1, 2, 3))
    fmt = "{name!r:^10}|{0[1]}|{p.x},{p.y}|{d[k]}|{0[0]:{w}.{pr}f}"
    out.append(fmt.format([1.5, 2], name="é", p=Pt(3, 4), d={"k": "v"}, w=8, pr=2))
    args = (1, 2)
    out.append("{}-{}".format(*args))
    out.append("{a}/{b}".format(**{"a": 1, "b": 2}))
    out.append("{a}{{x}}".format_map({"a": "A"}))
    out.append("{:{}}|{!a}".format("x", 4, "ü"))
    bad = ["{", "}", "{0", "{!x}", "{0!rx}", "{} {0}", "{0} {}", "{5}", "{q}", "{0.}", "{0[}", "{0[0]x}", "{:{:{}}}", "{0[]}"]
    for f in bad:
        try:
            out.append(f.format([7]))
        except (ValueError, TypeError, IndexError, KeyError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    for f in ["{0}", "{}", "{a}", "{a[0]}", "{b}"]:
        try:
            out.append(f.format_map({"a": [7]}))
        except (ValueError, KeyError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append((5).format())
    except AttributeError as e:
        out.append(str(e))
    out.append(literal_fields())
    return "\n".join(str(x) for x in out)


def literal_fields():
    # Literal formats whose fields reach into an argument are formatted at
    # run time, as computed ones.
    p = Pt(1, [5, 6])
    return "{0.x}|{0.y[1]}|{1[a]:>4}|{k[0]}".format(p, {"a": "z"}, k="ab")
