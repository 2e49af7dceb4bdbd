# import re: compiling, match/search/fullmatch, groups of every kind,
# classes, anchors, repeats (greedy and lazy), look-around, flags,
# Match objects and re.error's messages.

import re
from re import IGNORECASE, compile


def show(m):
    if m is None:
        return "None"
    return f"{m.group()!r} {m.span()} {m.groups()}"


def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        return "ok"
    except re.error as e:
        return f"re.error: {e}"
    except ValueError as e:
        return f"ValueError: {e}"


def on_client_request():
    out = []
    out.append(show(re.match(r"ab+c", "abbbcd")))
    out.append(show(re.match(r"b", "abc")))
    out.append(show(re.search(r"b+", "abbbc")))
    out.append(show(re.fullmatch(r"a.c", "abc")))
    out.append(show(re.fullmatch(r"a.c", "abcd")))
    out.append(show(re.fullmatch(r"a|ab", "ab")))
    out.append(show(re.search(r"(\d+)-(\d+)", "tel 555-1234 ok")))
    m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", "mail bob.smith@example.com now")
    out += [m.group("user"), m.group(2), m.group(0, 1, "host"), m.groupdict(), m["host"],
            m.start("host"), m.end(1), m.span(), m.lastindex, m.lastgroup, m.pos, m.endpos]
    out.append(show(re.match(r"(a)(b)?(c)", "ac")))
    out.append(re.match(r"(a)(b)?", "a").groups("-"))
    out.append(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict("?"))
    out.append(re.match(r"(a)(b)?", "a").span(2))
    out.append(show(re.match(r"(?:ab)+", "ababx")))
    out.append(show(re.match(r"(a|b)*c", "abbac")))
    out.append(show(re.match(r"a{2,3}", "aaaa")))
    out.append(show(re.match(r"a{2,3}?", "aaaa")))
    out.append(show(re.match(r"a{2}", "aaaa")))
    out.append(show(re.match(r"a{,2}b", "aab")))
    out.append(show(re.match(r"a{2,}", "aaaaa")))
    out.append(show(re.match(r"x{}", "x{}")))
    out.append(show(re.match(r"<.*>", "<a><b>")))
    out.append(show(re.match(r"<.*?>", "<a><b>")))
    out.append(show(re.match(r"a??b", "ab")))
    out.append(show(re.match(r"(a*)*b", "aab")))
    out.append(show(re.match(r"(a*)+$", "aa")))
    out.append(show(re.match(r"(a|)*", "aab")))
    out.append(show(re.search(r"[^a-c]+", "abcdefa")))
    out.append(show(re.search(r"[]a]+", "x]a]y")))
    out.append(show(re.search(r"[a\-z]+", "b-az")))
    out.append(show(re.search(r"[\d.]+", "v 3.14 !")))
    out.append(show(re.search(r"\W+", "abc, def")))
    out.append(show(re.search(r"\s+\S", "a  \t b")))
    out.append(show(re.search(r"\bfoo\b", "a foobar foo bar")))
    out.append(show(re.search(r"\Boo\B", "foo book")))
    out.append(show(re.search(r"^b", "a\nb")))
    out.append(show(re.search(r"^b", "a\nb", re.M)))
    out.append(show(re.search(r"a$", "a\n")))
    out.append(show(re.search(r"a\Z", "a\n")))
    out.append(re.findall(r"^\w+$", "one\ntwo\nthree", re.MULTILINE))
    out.append(show(re.match(r"a.b", "a\nb")))
    out.append(show(re.match(r"a.b", "a\nb", re.S)))
    out.append(show(re.match(r"(?s)a.b", "a\nb")))
    out.append(show(re.match(r"HELLO", "hello", IGNORECASE)))
    out.append(show(re.match(r"(?i)[a-c]+", "ABCd")))
    out.append(show(re.match(r"a(?i:B)c", "abc")))
    out.append(show(re.match(r"a(?i:B)c", "aBC")))
    out.append(show(re.match(r"(\w+) \1", "hey hey you")))
    out.append(show(re.match(r"(?P<w>\w+) (?P=w)", "no nope")))
    out.append(show(re.match(r"(?i)(ab) \1", "ab AB")))
    out.append(show(re.search(r"foo(?=bar)", "foobaz foobar")))
    out.append(show(re.search(r"foo(?!bar)", "foobar foobaz")))
    out.append(show(re.search(r"(?<=\$)\d+", "cost: $42")))
    out.append(show(re.search(r"(?<!\$)\b\d+", "$42 and 17")))
    out.append(show(re.search(r"(?=(\w+))\w", "  word")))
    out.append(show(re.match(r"""
        (\d{3})   # area
        [-.\s]?
        (\d{4})   # number
    """, "555 1234", re.X)))
    out.append(show(re.match(r"a b # c", "ab", re.VERBOSE)))
    out.append(show(re.match(r"\x41\u00e9\t\n\\", "A\u00e9\t\n\\")))
    out.append(show(re.match(r"\101\0", "A\x00")))
    out.append(show(re.search(r"é+", "caféé!")))
    out.append(show(re.search(r"\w+", "¡señor niño!")))
    out.append(show(re.search(r"\d+", "x ٣٤ y")))
    out.append(show(re.search(r"(?a)\w+", "señor")))
    out.append(show(re.match(r"ÉCOLE", "école", re.I)))
    p = compile(r"(\w+)=(\d+)")
    out += [repr(p), p.pattern, p.groups, p.flags, repr(re.compile("a", re.I | re.M))]
    out.append(show(p.search("x=1 y=22", 3)))
    out.append(show(p.match("x=1 y=22", 4)))
    out.append(show(p.match("x=1 y=22", 4, 6)))
    out.append(show(p.fullmatch("y=22")))
    out.append(show(re.compile(r"^a").search("ba", 1)))
    out.append(show(re.compile(r"a$").search("ab", 0, 1)))
    m = re.match(r"(\d+)", "123abc")
    out += [repr(m), bool(m), m.string, m.re is not None, m.re.pattern]
    out.append(repr(re.search("x" * 60, "y" + "x" * 60)))
    if re.match("a", "b"):
        out.append("matched")
    else:
        out.append("no match")
    out.append(re.match("a", "a") is not None)
    out.append(re.compile("abc") is re.compile("abc"))
    for pat in ["(a", "a)", "[a", "*a", "a**", "a{3,2}", r"\q", "(?P<1>a)", "(?P<a>x)(?P<a>y)",
                r"(a)\2", r"(?P=nope)", "(?<=a+)b", "a|*", "(?z)", "(?", "\\", "[z-a]", "a\n(b",
                r"(a\1)", "(?#oops", "x(?i)y", r"[\d-z]", r"\x4", r"\777"]:
        out.append(f"{pat!r}: {err(pat)}")
    try:
        re.compile("a", re.L)
    except ValueError as e:
        out.append(f"ValueError: {e}")
    try:
        re.match(1, "a")
    except TypeError as e:
        out.append(f"TypeError: {e}")
    try:
        re.match("a", 5)
    except TypeError as e:
        out.append(f"TypeError: {e}")
    try:
        re.match("a", b"a")
    except TypeError as e:
        out.append(f"TypeError: {e}")
    try:
        re.match(p, "x", re.I)
    except ValueError as e:
        out.append(f"ValueError: {e}")
    try:
        m.group(5)
    except IndexError as e:
        out.append(f"IndexError: {e}")
    try:
        m.group("nope")
    except IndexError as e:
        out.append(f"IndexError: {e}")
    out.append(issubclass_like())
    for p, s in [("i", "ı"), ("s", "ſ"), ("[a-z]", "ſ"), ("k", "\u212a"), ("µ", "μ"), ("[^s]", "ſ"),
                 ("ǅ", "Ǆ"), ("[ǅ]", "ǆ"), ("[α-ω]+", "ΑΒΓ"), ("[É]", "é"), ("ς", "σ"), ("(?a)s", "ſ")]:
        out.append(f"{p!r} {s!r} {bool(re.match(p, s, re.I))}")
    for pat in ["(?i", "(?i-", "(?iz)", "(?-i:a)", "(?im:a)b", "(?P", "(?P<", "(?P<a", "(?P<>a)", "(?P=",
                "(?<x)", "(?Px)", "a{1,2", "[\\A]", "\\8", "\\u12", "(?a)(?u)", "[]", "x{2}{3}", "^*",
                "\\b+", "(?i)(?m)a", "(?#x)(?i)a", "a(?#x)*", "(?x)a b", "[a-]", "a{,}"]:
        out.append(f"{pat!r}: {err(pat)}")
    out.append(repr(re.error))
    return "\n".join(map(str, out))


def issubclass_like():
    try:
        try:
            re.compile("(")
        except ValueError:
            return "caught as ValueError"
    except Exception as e:
        return f"caught as Exception: {type(e).__name__}, {e!r}"
    return "not caught"
