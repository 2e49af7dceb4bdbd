def attempt(out, f):
    try:
        out.append(repr(f()))
    except TypeError as e:
        out.append("TypeError: " + str(e))
    except ValueError as e:
        out.append("ValueError: " + str(e))


def on_client_request():
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    out = []
    out.append(repr(sorted(words, key=len)))
    out.append(repr(sorted(words, key=len, reverse=True)))
    out.append(repr(max(words, key=len)) + repr(min(words, key=len)))
    out.append(repr(sorted([-3, 1, -2, 5], key=abs)))
    out.append(repr(sorted(["b", "A", "c"], key=str)))
    f = str
    out.append(f(3) + f(1.5) + f())
    g = int
    out.append(repr([g("42"), g("ff", 16), g(2.9), g()]))
    conv = [int, float, str, bool, repr, len, abs]
    out.append(repr([c("7") if c in (int, float, str, repr) else c(-7) if c is abs else c("x") for c in conv]))
    out.append(repr([len, str, int, max, sorted, isinstance, range, dict]))
    fs = {"up": len, "sum": sum, "any": any, "all": all}
    out.append(repr([fs["up"]("abc"), fs["sum"]([1, 2, 3]), fs["sum"]([1, 2], 10), fs["any"]([0, 1]), fs["all"]([])]))
    mk = [list, tuple, dict, reversed, enumerate, zip, range]
    out.append(repr(mk[0]("ab") + list(mk[1]([1, 2])) + list(mk[2]([("k", 1)]).items())))
    out.append(repr(list(mk[3]([1, 2, 3])) + list(mk[4]("xy", 5)) + list(mk[5]("ab", [1, 2])) + list(mk[6](2, 8, 3))))
    h = max
    m = min
    out.append(repr([h(3, 9, 4), h([1, 7]), m("zebra"), m(4, 2)]))
    ops = [round, divmod, pow, ord, chr, hex, bin]
    out.append(repr([ops[0](2.675, 2), ops[0](7.5), ops[1](17, 5), ops[2](2, 10), ops[2](3, 4, 5), ops[3]("A"), ops[4](97), ops[5](255), ops[6](5)]))
    out.append(repr([str(x) for x in [1, 2]]))
    t = int
    out.append(repr([isinstance(5, t), isinstance("s", (t, str)), isinstance(True, t), isinstance([], (dict, tuple))]))
    classes = (list, dict)
    out.append(repr(isinstance({}, classes)) + repr(len is len) + repr(str == str) + repr(str is int))
    p = print
    p("printed via a value", 1, 2)
    out.append(repr(p("x")))
    # Arity messages differ per builtin in CPython; the type is the same.
    for bad in [lambda: f(1, 2), lambda: m(), lambda: g(1, 2, 3), lambda: fs["up"]()]:
        try:
            bad()
        except TypeError:
            out.append("TypeError")
    attempt(out, lambda: isinstance(1, 5))
    attempt(out, lambda: [1, 2](3))
    return "\n".join(out)
