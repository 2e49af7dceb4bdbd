# urlunsplit and urlunparse (the '//' for netloc schemes, a path without
# '/', params, empty parts dropped, bytes, None parts, the unpacking and
# mixing errors), geturl, round trips; a result as the tuple it is:
# unpacking, indexing, slicing, len, iteration, in, ==, hash, dict key,
# tuple(), sorted, str/repr/f-string, type name in an error.
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse
import urllib.parse


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    for parts in [("http", "h", "/p", "q", "f"), ("http", "", "p", "", ""), ("", "", "p", "", ""),
                  ("mailto", "", "a@b", "", ""), ("file", "", "/x", "", ""), ("file", "", "x", "", ""),
                  ("http", "", "//x", "", ""), ("", "h", "p", "", "f"), ("git+ssh", "", "r", "", ""),
                  ("rtsps", "", "s", "", ""), ("x", "", "", "q", ""), ("", "", "", "", ""),
                  ["https", "h:1", "", "a=1", ""], ("http", None, "/p", None, None),
                  (b"http", b"h", b"/p", b"q", b"f"), (b"", b"h", b"p", b"", b"")]:
        out.append(repr(urlunsplit(parts)))
    for parts in [("http", "h", "/p", "a", "q", "f"), ("http", "h", "/p", "", "q", ""),
                  ("tel", "", "+1", "x=1", "", ""), (b"http", b"h", b"/p", b"a", b"", b"")]:
        out.append(repr(urlunparse(parts)))
    urls = ["https://u:p@Example.com:8/a/b;c?d=e#f", "//h/p", "p?q", "HTTP://H/;x", "mailto:a@b",
            "http://h/p?", "http://h/p#", "file:///x", "x:/y", "http:x"]
    for u in urls:
        s = urlsplit(u)
        p = urlparse(u)
        out.append(u + " -> " + s.geturl() + " | " + p.geturl() + " | "
                   + urlunsplit(s) + " | " + urlunparse(p) + " " + str(urlsplit(s.geturl()) == s))
    r = urlsplit("https://h.example:8443/p?q=1#top")
    scheme, netloc, path, query, fragment = r
    out.append(repr((scheme, netloc, path, query, fragment)))
    out.append(repr((r[0], r[4], r[-2], r[1:3], r[::-1], len(r), "h.example:8443" in r, "x" in r)))
    out.append(repr((list(r), tuple(r), sorted(r), [x.upper() for x in r])))
    out.append(repr((r == tuple(r), r == urlsplit("https://h.example:8443/p?q=1#top"),
                     r != urlsplit("https://h.example/"), tuple(r) == r, r == list(r))))
    out.append(repr(hash(r) == hash(tuple(r))))
    d = {r: "seen"}
    out.append(repr(d[urlsplit("https://h.example:8443/p?q=1#top")]))
    out.append(f"{r}")
    out.append(str(urlparse("http://h/p;a")))
    out.append(repr([urlsplit("http://a/"), urlparse(b"//b")]))
    p = urlparse("http://h/p;a?q#f")
    a, b, c, d2, e, f = p
    out.append(repr((a, b, c, d2, e, f, p[3], p.params, p.query, p.fragment, len(p))))
    attempt(out, lambda: urlunsplit(("http", "h", "/p")))
    attempt(out, lambda: urlunsplit(("http", "h", "/p", "", "", "")))
    attempt(out, lambda: urlunparse(("http", "h", "/p", "", "")))
    attempt(out, lambda: urlunsplit(("http", b"h", "/p", "", "")))
    attempt(out, lambda: urlunsplit((b"http", "h", b"/p", b"", b"")))
    attempt(out, lambda: r[5])
    attempt(out, lambda: r["x"])
    attempt(out, lambda: urlsplit("http://h").params)
    attempt(out, lambda: urllib.parse.urlsplit("http://h:x").port)
    attempt(out, lambda: r + 1)
    attempt(out, lambda: r < 5)
    out.append(repr((r + ("x",), ("x",) + r, r * 2, 2 * r[:1], r < urlsplit("https://z"),
                     sorted([urlsplit("b:"), urlsplit("a:")]), max(r), min(urlparse("http://h/")))))
    return "\n".join(out) + "\n"
