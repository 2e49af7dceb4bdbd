# import re in the programs tenants write: a tokenizer with named
# alternatives, access-log parsing, email and URL validation, slugify,
# a tiny template engine, a key=value config reader and camelCase
# conversion.

import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

LOG = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)

EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
URL = re.compile(r"^(?P<scheme>https?)://(?P<host>[^/:?#]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?$")


def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            out.append(("ERROR", m.group(), m.start()))
            continue
        out.append((kind, m.group()))
    return out


def slugify(title):
    s = title.lower().strip()
    s = re.sub(r"[^\w\s-]", "", s)
    s = re.sub(r"[\s_-]+", "-", s)
    return re.sub(r"^-+|-+$", "", s)


def render(template, ctx):
    def fill(m):
        key = m.group(1)
        return str(ctx.get(key, "{{" + key + "}}"))
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", fill, template)


def read_config(text):
    conf = {}
    for line in text.splitlines():
        line = re.sub(r"#.*", "", line).strip()
        if not line:
            continue
        m = re.fullmatch(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|(\S+))", line)
        if m is None:
            conf.setdefault("_errors", []).append(line)
            continue
        key, quoted, bare = m.groups()
        conf[key] = quoted if quoted is not None else bare
    return conf


def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def on_client_request():
    out = []
    out.append(tokenize("x = 3.5 * (y + 42) $ z"))
    logs = [
        '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
        '10.0.0.7 - - [11/Oct/2000:09:01:02 +0000] "POST /api/v1/items?id=7 HTTP/1.1" 404 -',
        'garbage line',
    ]
    by_status = {}
    for line in logs:
        m = LOG.match(line)
        if not m:
            out.append(f"unparsed: {line!r}")
            continue
        d = m.groupdict()
        by_status[d["status"]] = by_status.get(d["status"], 0) + 1
        size = 0 if d["size"] == "-" else int(d["size"])
        out.append(f"{d['ip']} {d['method']} {d['path']} -> {d['status']} ({size} bytes) v{d['ver']}")
    out.append(by_status)
    for addr in ["alice@example.com", "bob.smith+tag@mail.co.uk", "no-at-sign", "x@y", "a@b.c0m", "ok@sub-domain.org"]:
        out.append(f"{addr}: {bool(EMAIL.match(addr))}")
    for url in ["https://example.com:8080/path/to?q=1&r=2#top", "http://host", "ftp://nope", "http://h/p?x"]:
        m = URL.match(url)
        out.append(m.groupdict() if m else f"bad url {url}")
    for title in ["Hello, World!", "  Rust & Python: 2024 edition  ", "Ünïcödé  —  text", "__dunder__ name"]:
        out.append(slugify(title))
    out.append(render("Hi {{ name }}, you owe {{amount}} {{ currency }}.", {"name": "Ann", "amount": 12.5}))
    out.append(read_config('host = "example.com"  # the host\nport=8080\n\n# comment\nbad line here\ndebug = yes'))
    out += [snake("camelCaseString"), snake("HTTPServerError"), snake("getHTTPResponseCode2")]
    words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man... it's".lower())
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    out.append(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
    dates = re.findall(r"(\d{4})-(\d{2})-(\d{2})", "from 2024-01-31 to 2024-02-29, not 24-1-1")
    out.append([f"{d}/{m}/{y}" for y, m, d in dates])
    out.append(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567 and 89 and 1000"))
    out.append(re.split(r"\s*[;,]\s*|\s+and\s+", "eggs; milk ,bread and butter"))
    phone = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
    out.append([phone.sub(r"(\1) \2-\3", p) for p in ["555-123-4567", "(555) 123 4567", "5551234567", "55-1234"]])
    html = "<p>Hello <b>bold</b> &amp; <i>it</i></p>"
    out.append(re.sub(r"<[^>]+>", "", html))
    out.append(re.findall(r"<(\w+)[^>]*>", html))
    ipv4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
    out.append([ip for ip in ["192.168.1.1", "256.1.1.1", "10.0.0", "0.0.0.0"] if ipv4.match(ip)])
    out.append(re.sub(r"\s+", " ", "  collapse \n\t these   spaces ").strip())
    return "\n".join(map(str, out))
