# Unicode-aware text normalisation: casefold search, slugs, title cases, widths.
import string


def slugify(title):
    out = []
    prev_dash = False
    for ch in title.casefold():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            prev_dash = False
        elif not prev_dash and out:
            out.append("-")
            prev_dash = True
    return "".join(out).rstrip("-")


def find_all(haystack, needle):
    h, n = haystack.casefold(), needle.casefold()
    idx, hits = h.find(n), []
    while idx != -1:
        hits.append(idx)
        idx = h.find(n, idx + 1)
    return hits


def classify(ch):
    kinds = [k for k, f in (("alpha", str.isalpha), ("digit", str.isdigit), ("space", str.isspace),
                            ("upper", str.isupper), ("lower", str.islower), ("print", str.isprintable)) if f(ch)]
    return f"{ch!r}:{'/'.join(kinds) or '-'}"


def on_client_request():
    titles = ["Hello, World!", "  Straße & Co. -- 2024  ", "Ünïcödé ÄÖÜ test", "C'est la vie"]
    out = [str([slugify(t) for t in titles])]
    text = "STRASSE straße Strasse"
    out.append(str(find_all(text, "strasse")))
    out.append("ß".upper() + " " + "ǅ".lower() + " " + "ǆ".title() + " " + "ΣΑΣ".lower() + " " + "ﬁre".upper())
    out.append(" ".join(classify(c) for c in "aZ5 \t٣é\u00a0\u2028²"))
    out.append("hello wORLD it's o'neil".title() + " | " + "hello world".capitalize() + " | " + "AbC".swapcase())
    out.append(str(["a\tb\tc".expandtabs(4), "x\u2028y\x1cz".splitlines(), " a  b ".split(" "), "a,b,,c".rsplit(",", 2)]))
    out.append(repr("tab\there\x00\u200b\U0001f600é"))
    out.append(ascii("naïve ☃"))
    out.append(str(["Python".center(11, "*"), "7".zfill(4), "-7".zfill(4), "abc".rjust(2)]))
    out.append(str([s.isidentifier() for s in ("foo", "2x", "_ok", "ñame", "a-b")]))
    out.append(str(string.ascii_letters.translate(str.maketrans("aeiou", "AEIOU", "xyz"))[:26]))
    out.append(str(len("👍🏽") ) + " " + str([hex(ord(c)) for c in "👍🏽"]))
    out.append("|".join(sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"])))
    return "\n".join(out)
