# Parse a raw HTTP/1.1 request in bytes: request line, headers, cookies, chunked body.
RAW = (b"POST /upload/file%20name.txt?overwrite=1 HTTP/1.1\r\n"
       b"Host: files.example.com:8080\r\n"
       b"User-Agent:   curl/8.0  \r\n"
       b"Cookie: session=abc123; theme=dark; empty=\r\n"
       b"X-Caf\xe9: cr\xe8me\r\n"
       b"Transfer-Encoding: chunked\r\n"
       b"Accept: text/html, application/json;q=0.9, */*;q=0.1\r\n"
       b"\r\n"
       b"5\r\nhello\r\n7\r\n, world\r\nA\r\n0123456789\r\n0\r\n\r\n")


def parse(raw):
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        raise ValueError("no header terminator")
    first, *lines = head.split(b"\r\n")
    method, target, version = first.split(b" ")
    headers = {}
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon:
            raise ValueError(f"bad header line {line!r}")
        headers[name.strip().decode("latin-1").lower()] = value.strip().decode("latin-1")
    return method.decode("ascii"), target, version, headers, body


def dechunk(body):
    out = []
    while True:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return b"".join(out)
        out.append(body[:size])
        if body[size:size + 2] != b"\r\n":
            raise ValueError("missing chunk CRLF")
        body = body[size + 2:]


def on_client_request():
    method, target, version, headers, body = parse(RAW)
    path, _, query = target.partition(b"?")
    host, _, port = headers["host"].rpartition(":")
    cookies = dict(c.strip().split("=", 1) for c in headers["cookie"].split(";"))
    accept = []
    for part in headers["accept"].split(","):
        mime, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            k, _, v = p.partition("=")
            if k == "q":
                q = float(v)
        accept.append((q, mime))
    accept.sort(key=lambda t: -t[0])
    data = dechunk(body) if headers.get("transfer-encoding") == "chunked" else body
    lines = [
        f"{method} {path.replace(b'%20', b' ').decode()} {version.decode()} query={query!r}",
        f"host={host} port={int(port)}",
        f"headers={sorted(headers)}",
        f"ua={headers['user-agent']!r} cafe={headers['x-café']!r} utf8={headers['x-café'].encode('latin-1').decode('utf-8', 'replace')!r}",
        f"cookies={cookies}",
        f"accept={accept}",
        f"body={data!r} len={len(data)} upper={data.upper()[:5]!r} hex={data[:4].hex('-')}",
        f"digits? {data[-10:].isdigit()} count(l)={data.count(b'l')} find={data.find(b'world')}",
    ]
    return "\n".join(lines)
