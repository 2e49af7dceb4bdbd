# urllib.parse's quoting: quote's default safe '/', the always-safe
# A-Za-z0-9_.-~, safe= as str and bytes (non-ASCII safe chars dropped),
# UTF-8 and other encodings, errors=, bytes input, quote_plus's '+',
# quote_from_bytes; unquote leaving bad escapes, decoding runs of
# escapes with errors='replace' by default, non-ASCII text kept, bytes
# input, unquote_plus, unquote_to_bytes; and CPython's TypeErrors.
import urllib.parse
from urllib.parse import quote, quote_plus, unquote, unquote_plus
from urllib.parse import quote_from_bytes, unquote_to_bytes


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, UnicodeError, LookupError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    every = "".join(chr(i) for i in range(128))
    out.append(quote(every))
    out.append(quote(every, safe=""))
    out.append(quote_plus(every))
    out.append(quote(every, safe="!$&'()*+,;=:@"))
    out.append(urllib.parse.quote("/a b/ü/€/😀", safe="/ü"))
    out.append(quote("a b", b" "))
    out.append(quote("x y", safe=b"\xff "))
    out.append(quote("café", encoding="latin-1"))
    out.append(quote("café €", encoding="ascii", errors="replace"))
    out.append(quote("café €", "", "ascii", "ignore"))
    out.append(quote("café", encoding=None, errors=None))
    out.append(quote(b"\x00\x7f\x80\xff a/b"))
    out.append(quote(b""))
    out.append(repr(quote("")))
    out.append(quote_plus("a b+c/d&e=f"))
    out.append(quote_plus("a b/c", safe="/"))
    out.append(quote_plus(b"a b/c"))
    out.append(quote_plus("no-spaces/here"))
    out.append(urllib.parse.quote_plus("ü ü", encoding="latin-1"))
    out.append(quote_from_bytes(b"a b/c~"))
    out.append(quote_from_bytes(b"a b/c~", safe=" "))
    out.append(repr(quote_from_bytes(b"")))
    for s in ["", "plain", "a%20b", "%41%42%43", "%4a%4A", "%", "%%", "%2", "%zz",
              "a%2", "%e2%82%ac", "%E2%82", "%ff", "x%C3%A9y", "é%C3%A9€",
              "%C3é%A9", "a+b%2Bc", "%00", "100%", "%%41"]:
        out.append(s + " -> " + repr(unquote(s)) + " " + repr(unquote_plus(s))
                   + " " + repr(unquote_to_bytes(s)))
    out.append(repr(unquote("%E9t%E9", encoding="latin-1")))
    out.append(repr(unquote("%E9t%E9", errors="ignore")))
    out.append(repr(unquote("%E9t%E9", encoding=None, errors=None)))
    out.append(repr(unquote(b"a%20b%e2%82%ac+")))
    out.append(repr(unquote(b"%ff")))
    out.append(repr(unquote_to_bytes(b"a%20b%zz")))
    out.append(repr(urllib.parse.unquote_plus("x+%2B+y")))
    for s in ["a b", "€ x", "a/b?c=d&e#f", "100%"]:
        assert unquote(quote(s)) == s and unquote_plus(quote_plus(s)) == s
    attempt(out, lambda: quote(5))
    attempt(out, lambda: quote(None))
    attempt(out, lambda: quote(b"x", encoding="utf-8"))
    attempt(out, lambda: quote(b"x", errors="strict"))
    attempt(out, lambda: quote("é", encoding="ascii"))
    attempt(out, lambda: quote_from_bytes("str"))
    attempt(out, lambda: quote("a", safe=None))
    attempt(out, lambda: unquote(None))
    attempt(out, lambda: unquote(5))
    attempt(out, lambda: unquote("%ff", errors="strict"))
    attempt(out, lambda: unquote_plus(b"a+b"))
    return "\n".join(out) + "\n"
