# urlsplit and urlparse over URLs of many shapes: schemes (case, digits,
# '+-.', none, a path that looks like one), netlocs with userinfo, ports
# and brackets, the 3.11 stripping of leading C0 controls/space and of
# every tab/CR/LF, allow_fragments, the scheme default, params only for
# the schemes that use them, bytes URLs; every attribute of each result
# (username, password, hostname lower-cased outside an IPv6 zone, port
# and its ValueErrors).
from urllib.parse import urlsplit, urlparse
import urllib.parse

URLS = [
    "", "http://example.com", "HTTP://EXAMPLE.com/Path", "https://u:p@h.example:443/a/b?c=d#e",
    "http://u@h/", "http://:p@h/", "http://u:@h:/", "http://@h", "http://a@b@c:1/",
    "http://h:0/", "http://h:65535", "http://h:65536", "http://h:-1", "http://h:+8",
    "http://h: 80", "http://h:8 0", "http://h:٨٠", "http://h:00080", "http://h:99999999999999999999",
    "http://[::1]:8080/x", "http://[::1]/", "http://u@[fe80::1%25eth0]:1/", "http://[FE80::A%TeSt]/",
    "http://[v1.fe]/", "http://[vAF.x:y]/", "//h/p", "///p", "////p", "/p?q#f", "p", "?q", "#f",
    "mailto:a@b.c", "news:comp.lang", "tel:+1-555;ext=2", "sip:u@h;t=1", "file:///etc/x",
    "file://localhost/x", "a1+-.b://x/", "1a://x/", "+a://x", "a_b://x", "x:y:z", ":x",
    "path:80", "localhost:8080", "http:", "http:/x", "http:x", "HtTp://H", "ftp://f/p;type=a",
    "http://h/p;a;b/c;d?x", "http://h/;p", "http://h/a;p/b", "https://h/p;x", "git://h/p;x",
    "http://h?q", "http://h#f", "http://h?q#f?g#h", "http://h/?", "http://h/#",
    "  \t http://h/ a\tb\r\nc ", "\x00\x01http://h/", "ht\ttp://h/", "http://h\n/p",
    "http://ü.example/ä?ö#ß", "HTTP://ÉXAMPLE.com/", "http://h/%2F%zz",
    "http://ex ample.com/", "javascript:alert(1)", "data:text/plain;base64,SGk=",
    "svn+ssh://h/r", "ws://h/s", "urn:isbn:0451450523", "http://a:b@c:d@e:1/",
]


def show(out, r):
    out.append(repr(r))
    try:
        out.append("  " + repr((r.username, r.password, r.hostname, r.port)))
    except ValueError as e:
        out.append("  " + repr((r.username, r.password, r.hostname)) + " ValueError: " + str(e))


def on_client_request():
    out = []
    for u in URLS:
        out.append(repr(u))
        for six in (False, True):
            try:
                show(out, urlparse(u) if six else urlsplit(u))
            except ValueError as e:
                out.append("  ValueError: " + str(e))
    out.append(repr(urlsplit("h/p#f", "HTTPS")))
    out.append(repr(urlsplit("h/p#f", scheme=" \tft\np\x00 ")))
    out.append(repr(urlsplit("x://h/p#f", "https")))
    out.append(repr(urlsplit("http://h/p?q#f", allow_fragments=False)))
    out.append(repr(urlparse("http://h/p;a#f?q", "", False)))
    out.append(repr(urllib.parse.urlparse("//h/p;a", "http")))
    out.append(repr(urlparse("//h/p;a", "mailto")))
    for b in [b"HTTP://u:p@H:8/p;q?r#s", b"", b"//[::1]:9/"]:
        show(out, urlsplit(b))
        show(out, urlparse(b))
    show(out, urlsplit(None))
    for bad in [lambda: urlsplit(b"http://h", "http"), lambda: urlsplit("http://h", b"x"),
                lambda: urlsplit("http://h", None), lambda: urlsplit(5),
                lambda: urlsplit(b"http://\xff/")]:
        try:
            out.append(repr(bad()))
        except (TypeError, ValueError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return "\n".join(out) + "\n"
