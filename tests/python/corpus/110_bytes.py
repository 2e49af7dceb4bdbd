# call: /
# call: /body
# call: /typed
# call: /status
def show(out, label, f):
    try:
        out.append(label + " = " + repr(f()))
    except UnicodeDecodeError as e:
        out.append(label + " ! UnicodeDecodeError: " + str(e))
    except IndexError as e:
        out.append(label + " ! IndexError: " + str(e))
    except TypeError as e:
        out.append(label + " ! TypeError: " + str(e))
    except ValueError as e:
        out.append(label + " ! ValueError: " + str(e))


def on_client_request(request):
    if request.path == "/body":
        return "héllo ✓\n".encode()
    if request.path == "/typed":
        return ("application/octet-stream", "a\x00b".encode("utf-8"))
    if request.path == "/status":
        return ("créé".encode(), 201, {"X-Kind": "bytes"})
    s = "Grüße, 世界! \U0001F600 'q' \"d\""
    b = s.encode()
    out = []
    out.append(repr(b))
    out.append(str(len(s)) + " " + str(len(b)))
    out.append(repr(b[0]) + " " + repr(b[-1]) + " " + repr(b[2]))
    out.append(repr(b[:4]) + " " + repr(b[::-3]) + " " + repr(b[100:]))
    out.append(repr(list(b[:6])))
    out.append(repr([x for x in "ab".encode() if x > 97]))
    out.append(repr(b.decode() == s))
    out.append(repr(b"abc" == "abc".encode("UTF-8")) + repr(b"abc" != b"abd") + repr(b"abc" == "abc"))
    out.append(repr(b"ab" < b"b") + repr(b"a" <= b"a") + repr(sorted([b"b", b"a", b"ab"])))
    out.append(repr(97 in b"abc") + repr(b"bc" in b"abc") + repr(b"" in b"x") + repr(120 not in b"abc"))
    out.append(repr(bool(b"")) + repr(bool(b"\x00")) + repr(not b""))
    out.append(repr(b"a" + b"b") + repr(b"ab" * 3) + repr(2 * b"x") + repr(b"z" * 0))
    out.append(repr(b"it's") + repr(b'say "hi"') + repr(b"both ' and \"") + repr(b"\t\n\r\\\x7f\x80\xff"))
    out.append(str(b"str of bytes") + f" {b'fmt'} {b'r'!r}")
    out.append(repr(isinstance(b, bytes)) + repr(isinstance(s, bytes)))
    out.append(repr({b"k": 1}[b"k"]) + repr(int(b" 42 ")) + repr(float(b"2.5")))
    out.append(repr("".encode()) + repr(b"".decode()))
    out.append(repr("x".encode(encoding="utf8")) + repr("y".encode("U8", "ignore")))
    show(out, "idx", lambda: b[100])
    show(out, "idxtype", lambda: b["a"])
    show(out, "instr", lambda: "a" in b"abc")
    show(out, "inbig", lambda: 300 in b"abc")
    show(out, "concat", lambda: b"a" + "b")
    show(out, "trunc", lambda: "é".encode()[:1].decode())
    show(out, "mid", lambda: b"\xe2\x82".decode())
    show(out, "cont", lambda: b"\xe2\x82A".decode())
    show(out, "over", lambda: b"\xe0\x80".decode())
    show(out, "start", lambda: b"ok\xff".decode())
    show(out, "surr", lambda: b"\xed\xa0\x80".decode())
    show(out, "four", lambda: b"\xf0\x90\x80".decode())
    show(out, "fmt", lambda: f"{b'a':>5}")
    show(out, "intbad", lambda: int(b"x"))
    show(out, "enc_type", lambda: "x".encode(5))
    out.append(repr(b"a\xe2\x82b\xffc".decode("utf-8", "replace")) + repr(b"a\xe2\x82b\xffc".decode(errors="ignore")))
    out.append(repr(b"\xed\xa0\x80x".decode("utf-8", "replace")) + repr(b"ok".decode("utf-8", "bogus")))
    try:
        b"\xff".decode("utf-8", "bo" + "gus")
    except LookupError as e:
        out.append("LookupError " + str(e))
    try:
        b"\xff".decode()
    except ValueError:
        out.append("ValueError catches it")
    try:
        b"\xff".decode()
    except UnicodeError:
        out.append("UnicodeError catches it")
    return "\n".join(out)
