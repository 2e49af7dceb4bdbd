# urljoin: RFC 3986's normal and abnormal examples against its base,
# CPython 3.11's quirks (a '..' above the root dropped, empty segments
# between kept parts filtered, schemes outside uses_relative returned
# as they are, a different scheme, netloc-less schemes), allow_fragments,
# empty base or url, bytes, and the mixing TypeError.
from urllib.parse import urljoin
import urllib.parse

BASE = "http://a/b/c/d;p?q"
REFS = [
    "g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
    "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g",
    "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
    "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x",
    "http:g", "http:", "https:g", "//g/x/../y", "a//b//c", "../a//b", "/a//b/../c",
    "mailto:x@y", "?", "#", "/", "//", "g?", "g#",
]
BASES = ["http://a/b/c/d;p?q", "http://a/b/c/", "http://a", "http://a/", "https://u@h:8/x/y#f",
         "file:///tmp/x", "mailto:a@b", "ftp://f/d/", "svn+ssh://h/r/t", "x://h/p/q", "a/b/c",
         "/abs/path", "//net/path/", "http://a/b/c/d;p?q#f", "HTTP://A/B/"]


def on_client_request():
    out = []
    for r in REFS:
        out.append(repr(r) + " -> " + repr(urljoin(BASE, r)))
    for b in BASES:
        out.append(repr(b) + ": " + repr([urljoin(b, r) for r in ["g", "../g", "/g", "?y", "#s", "", "//h2/z", "http:g", "x:y"]]))
    out.append(repr(urljoin("http://a/b#f", "#g", allow_fragments=False)))
    out.append(repr(urljoin("http://a/b?q#f", "c#g", False)))
    out.append(repr(urljoin("", "g")))
    out.append(repr(urljoin("http://a/b", "")))
    out.append(repr(urljoin(None, "g")))
    out.append(repr(urllib.parse.urljoin(b"http://a/b/c", b"../d?e")))
    out.append(repr(urljoin(b"http://a/b/c", b"")))
    out.append(repr(urljoin(b"", b"x")))
    for a, b in [("http://a/", b"x"), (b"http://a/", "x")]:
        try:
            out.append(repr(urljoin(a, b)))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return "\n".join(out) + "\n"
