# bytes methods (split, strip, replace, find, partition, case, classes,
# hex/fromhex, join), the bytes() constructor and the ASCII and Latin-1
# codecs, each with CPython's results and errors.


def attempt(f):
    try:
        return repr(f())
    except (TypeError, ValueError, LookupError) as e:
        return f"{type(e).__name__}: {e}"


def on_client_request():
    data = b"  GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n"
    line, _, rest = data.strip().partition(b"\r\n")
    out = [line.split(), line.split(b" ", 1), rest.splitlines(), rest.splitlines(True)]
    out += [data.strip(), data.lstrip(), b"xxhixx".strip(b"x"), b"a,b,,c".split(b","),
            b"a,b,c".rsplit(b",", 1), b"path/to/file".rpartition(b"/"), b"none".partition(b"/")]
    out += [b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1), b"ab".replace(b"", b"-"),
            b"\xe9a".replace(b"", b"|")]
    out += [b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"o"),
            b"hello".count(b"l"), b"hello".count(108), b"hello".find(b"l", 3), b"hello".find(b"z")]
    out += [b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2)]
    out += [b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(),
            b"hello".capitalize(), b"\xe9t\xe9".upper()]
    out += [b"abc".isalpha(), b"\xe9".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t\n".isspace(),
            b"\x1c".isspace(), b"ABC".isupper(), b"abc1".islower(), b"Hello World".istitle(),
            b"\x80".isascii(), b"".isalpha()]
    out += [b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(6)]
    out += [b"prefix-body".removeprefix(b"prefix-"), b"file.txt".removesuffix(b".txt")]
    out += [b", ".join([b"a", b"b", b"c"]), b"".join(x.encode() for x in "xyz"), b"-".join([])]
    out += [b"\x00\xffab".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef\x01".hex("-", 2),
            b"\xde\xad\xbe\xef\x01".hex("_", -2), bytes.fromhex("de ad BE ef"), bytes.fromhex("")]
    out += [bytes(), bytes(3), bytes([72, 105]), bytes(range(65, 70)), bytes(b"copy"),
            bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("abc", encoding="ascii")]
    out += ["héllo".encode("latin-1"), "héllo €".encode("ascii", "replace"), "é€".encode("ascii", "ignore"),
            "é€x".encode("latin-1", "backslashreplace"), "ç€".encode("ascii", "xmlcharrefreplace"),
            b"h\xe9llo".decode("latin-1"), b"h\xe9llo".decode("ascii", "replace"),
            b"h\xe9llo".decode("ascii", "ignore"), b"h\xe9llo".decode("ascii", "backslashreplace"),
            b"plain".decode("ascii"), "Latin".encode("iso-8859-1")]
    out += [attempt(lambda: "é€".encode("ascii")), attempt(lambda: "aé€b".encode("latin-1")),
            attempt(lambda: "é".encode("ascii", "bogus")), attempt(lambda: b"\xff\xfe".decode("ascii")),
            attempt(lambda: b"a".split("a")), attempt(lambda: b"a".startswith("a")),
            attempt(lambda: b"a".find("a")), attempt(lambda: b"a".find(300)),
            attempt(lambda: b"a".center(5, b"xy")), attempt(lambda: b",".join([b"a", 1])),
            attempt(lambda: b"a".index(b"z")), attempt(lambda: b"a".replace(b"a", "b")),
            attempt(lambda: bytes.fromhex("6")), attempt(lambda: bytes.fromhex("zz")),
            attempt(lambda: bytes([1, 300])), attempt(lambda: bytes("a")), attempt(lambda: bytes(-1)),
            attempt(lambda: bytes(1.5)), attempt(lambda: b"a".partition(b"")),
            attempt(lambda: b"ab".hex("::"))]
    # Keys and values stay bytes after a method: hashing and equality agree.
    counts = {}
    for word in b"the cat the hat".split():
        counts[word] = counts.get(word, 0) + 1
    out.append(sorted(counts.items()))
    out.append(isinstance(bytes(2), bytes))
    return "\n".join(map(str, out))
