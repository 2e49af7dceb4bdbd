# str methods handlers reach for: partition/rpartition, removeprefix and
# removesuffix, rfind/rindex, splitlines (every boundary CPython knows),
# startswith/endswith with a tuple, isupper/islower/istitle,
# isdecimal/isnumeric/isprintable over ASCII and beyond, and the errors.
def attempt(f):
    try:
        return repr(f())
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


def on_client_request():
    out = []
    for s in ["key=value=more", "novalue", "=lead", "trail=", "", "ünï=cödé=ß"]:
        out.append(repr([s.partition("="), s.rpartition("="), s.rfind("="), s.find("=")]))
    out.append(attempt(lambda: "abc".partition("")))
    out.append(attempt(lambda: "abc".rpartition(3)))
    for s in ["prefix_body_suffix", "prefix", "_suffix", "", "préfixé"]:
        out.append(repr([s.removeprefix("prefix"), s.removesuffix("_suffix"), s.removeprefix(""), s.removesuffix("é")]))
    out.append(repr(["héllo wörld".rfind("ö"), "aaaa".rfind("aa"), "abc".rfind(""), "abc".rfind("z")]))
    out.append(attempt(lambda: "abc".rindex("z")))
    out.append(repr("abcabc".rindex("bc")))
    text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n\nend"
    out.append(repr(text.splitlines()))
    out.append(repr(text.splitlines(True)))
    out.append(repr(["".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "\r\n\r".splitlines()]))
    for name in ["report.csv", "photo.JPG", "notes.txt", "x.tar.gz"]:
        out.append(repr([name.endswith((".csv", ".txt")), name.startswith(("rep", "pho")), name.endswith(()), name.lower().endswith(".jpg")]))
    out.append(attempt(lambda: "abc".startswith(1)))
    out.append(attempt(lambda: "abc".endswith(("a", 2))))
    samples = ["HELLO", "Hello", "hello", "HELLO world", "123", "ÀÉÎ", "àéî", "Σίσυφος", "ǅungla", "Hello World",
               "Hello world", "", "   ", "A1 B2", "ß", "ǅ", "٣٤", "½", "Ⅻ", "१२", "tab\t", "\u00a0", "ok!", "\x7f"]
    for s in samples:
        out.append(repr(s) + " " + repr([s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isprintable()]))
    return "\n".join(out) + "\n"
