# import re: findall/finditer (groups, empty matches), sub and subn with
# templates and functions, split with groups and maxsplit, escape,
# Match.expand, and the errors of bad templates.

import re


def attempt(f):
    try:
        return repr(f())
    except (re.error, IndexError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def on_client_request():
    out = []
    out.append(re.findall(r"\d+", "a1b22c333"))
    out.append(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
    out.append(re.findall(r"(\w+)@", "x@ y@ z"))
    out.append(re.findall(r"(a)|b", "ab"))
    out.append(re.findall(r"x*", "axxb"))
    out.append(re.findall(r"", "abc"))
    out.append(re.findall(r"\b", "hi there"))
    out.append([m.span() for m in re.finditer(r"\w+", "one two  three")])
    out.append([m.group(1) for m in re.finditer(r"(\d)(?=\d)", "12345")])
    out.append(list(re.finditer(r"a", "bab")))
    p = re.compile(r"o")
    out.append(p.findall("foo boo", 2))
    out.append(p.findall("foo boo", 2, 5))
    out.append(re.sub(r"\s+", " ", "a   b \t\n c"))
    out.append(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@host ann@box"))
    out.append(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>;\g<0>", "a=1 b=2"))
    out.append(re.sub(r"a", r"\n\t\\x", "bab"))
    out.append(re.sub(r"a", r"[\-]", "a"))
    out.append(re.sub(r"(a)|b", r"<\1>", "abc"))
    out.append(re.sub(r"x*", "-", "abxd"))
    out.append(re.sub(r"", "-", "abc"))
    out.append(re.sub(r"a", "b", "aaaa", 2))
    out.append(re.sub(r"a", "b", "aaaa", count=3))
    out.append(re.sub(r"A", "b", "aAa", flags=re.I))
    out.append(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30"))
    out.append(re.sub(r"(?i)hello", lambda m: m.group().upper(), "Hello hello"))
    out.append(re.subn(r"o", "0", "foo boo"))
    out.append(re.subn(r"o", "0", "foo boo", 1))
    out.append(re.compile(r"\d").sub("#", "a1b2"))
    out.append(re.compile(r"\d").subn("#", "a1b2", 1))
    out.append(re.sub("é", "e", "café résumé"))
    out.append(re.split(r",\s*", "a, b,c,   d"))
    out.append(re.split(r"(,)\s*", "a, b,c"))
    out.append(re.split(r"(-)|(\+)", "1-2+3"))
    out.append(re.split(r"\s+", "  lead and trail  "))
    out.append(re.split(r"x*", "axbc"))
    out.append(re.split(r"", "abc"))
    out.append(re.split(r",", "a,b,c,d", 2))
    out.append(re.split(r",", "a,b,c,d", maxsplit=1))
    out.append(re.split(r"\W+", "Words, words, words."))
    out.append(re.compile(r"[;:]").split("a;b:c"))
    out.append(re.compile(r"[;:]").split("a;b:c", maxsplit=1))
    out.append(re.escape("a.b*c?d+(e)[f]{g}^h$i|j\\k l-m#n&o~p"))
    out.append(re.escape("no_specials_123"))
    out.append(re.escape("tab\there é"))
    m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
    out.append(m.expand(r"\g<last>, \g<first> (\1)"))
    out.append(attempt(lambda: re.sub("a", r"\2", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\g<2>", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\g<x>", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\g<1", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\g", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\q", "a")))
    out.append(attempt(lambda: re.sub("(a)", "x\\", "a")))
    out.append(attempt(lambda: re.sub("(a)", r"\g<a-b>", "a")))
    out.append(attempt(lambda: re.sub("a", lambda m: 5, "a")))
    out.append(attempt(lambda: re.sub("a", "b", 5)))
    out.append(attempt(lambda: re.split("a", None)))
    p = re.compile(r"\w")
    out += [attempt(lambda: p.search("abc", -5)), attempt(lambda: p.search("abc", 10)),
            attempt(lambda: p.search("abc", 1, -1)), attempt(lambda: p.search("abc", 2, 1)),
            attempt(lambda: p.findall("abc", 1, 100)), attempt(lambda: re.sub("a", "b", "aaa", -1)),
            attempt(lambda: re.split("a", "bab", -1)), attempt(lambda: re.compile("a", "x")),
            attempt(lambda: p.match("ab", pos=1)), attempt(lambda: p.sub("-", "a b", count=1)),
            attempt(lambda: re.escape(5)), attempt(lambda: re.sub("", "", "")),
            attempt(lambda: re.match("(a)", "a").start(3)), attempt(lambda: re.match("(a)", "a").span(True)),
            attempt(lambda: re.sub("(?P<a>x)", lambda m: None, "axb")),
            attempt(lambda: re.sub("x", lambda m: [1], "axbxc")), attempt(lambda: p.split("a b c", 1))]
    return "\n".join(map(str, out))
