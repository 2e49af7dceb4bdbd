# Routing like Werkzeug's: rules registered at load (in the init
# snapshot), segments parsed at compile time (flask/rule.rs); a request
# pays only for the match. url_for builds from the same rules.

_flask_rules = []
# endpoint -> its rules, most variables first (Werkzeug's build order).
_flask_endpoints = {}

# Werkzeug's converter weights: lower wins when two rules match a path.
_flask_weights = {"": 0, "int": 50, "float": 50, "string": 100, "path": 200}


def _flask_seg_weight(s):
    if s[0] == "*":
        return s[2]
    return _flask_weights[s[0]]


def _flask_route(rule, methods=None, endpoint=None, _view=None, _params=None, _verb=None, _segs=None, _name=None, _bp=None):
    if _verb is not None:
        methods = [_verb]
    if methods is None:
        methods = ["GET"]
    ms = [m.upper() for m in methods]
    if "GET" in ms and "HEAD" not in ms:
        ms.append("HEAD")
    auto_options = "OPTIONS" not in ms
    if auto_options:
        ms.append("OPTIONS")
    if endpoint is None:
        endpoint = _name
    if _bp is not None:
        endpoint = _bp + "." + endpoint
    # Werkzeug tries static parts before converters: more static segments
    # first, then the converters' weights segment by segment.
    weight = [-len([s for s in _segs if s[0] == ""])] + [_flask_seg_weight(s) for s in _segs]
    r = [_segs, ms, _view, _params, auto_options, weight, endpoint]
    _flask_rules.append(r)
    same = _flask_endpoints.setdefault(endpoint, [])
    i = 0
    while i < len(same) and len(same[i][3]) >= len(_params):
        i += 1
    same.insert(i, r)


def _flask_convert(conv, part):
    # None when the part does not match the converter's pattern.
    if part == "":
        return None
    if conv == "string":
        return part
    if conv == "int":
        if not part.isdigit():
            return None
        return int(part)
    if conv == "float":
        pieces = part.split(".")
        if len(pieces) != 2 or not pieces[0].isdigit() or not pieces[1].isdigit():
            return None
        return float(part)
    return None


def _flask_digits(s, i):
    # The end of the run of ASCII digits starting at i.
    while i < len(s) and s[i].isdigit():
        i += 1
    return i


def _flask_ends(p, s, pos):
    # Where converter piece p may end when it starts at pos, in the order
    # Werkzeug's regex tries them (greedy; any() in its listed order).
    conv = p[0]
    opts = p[2]
    n = len(s)
    if conv == "any":
        return [pos + len(it) for it in opts["items"] if s[pos:pos + len(it)] == it]
    if conv == "string":
        if "length" in opts:
            lo = opts["length"]
            hi = lo
        else:
            lo = opts.get("minlength", 1)
            hi = opts.get("maxlength", n - pos)
        hi = min(hi, n - pos)
        return list(range(pos + hi, pos + lo - 1, -1))
    d = pos
    if opts.get("signed", False) and d < n and s[d] == "-":
        d += 1
    e = _flask_digits(s, d)
    if e == d:
        return []
    if conv == "int":
        return list(range(e, d, -1))
    if e >= n or s[e] != ".":
        return []
    f = _flask_digits(s, e + 1)
    return list(range(f, e + 1, -1))


def _flask_match_pieces(pieces, k, s, pos, vals):
    # A segment mixing text and converters: Werkzeug matches it with a
    # regex; this is the same backtracking search.
    if k == len(pieces):
        return pos == len(s)
    p = pieces[k]
    if isinstance(p, str):
        if s[pos:pos + len(p)] != p:
            return False
        return _flask_match_pieces(pieces, k + 1, s, pos + len(p), vals)
    for end in _flask_ends(p, s, pos):
        if _flask_match_pieces(pieces, k + 1, s, end, vals):
            text = s[pos:end]
            if p[0] == "int":
                vals[p[1]] = int(text)
            elif p[0] == "float":
                vals[p[1]] = float(text)
            else:
                vals[p[1]] = text
            return True
    return False


def _flask_match(segs, parts, i, j, vals):
    if i == len(segs):
        return j == len(parts)
    conv = segs[i][0]
    arg = segs[i][1]
    if conv == "":
        if j < len(parts) and parts[j] == arg:
            return _flask_match(segs, parts, i + 1, j + 1, vals)
        return False
    if conv == "path":
        k = len(parts)
        while k > j:
            if parts[j] != "" and _flask_match(segs, parts, i + 1, k, vals):
                vals[arg] = "/".join(parts[j:k])
                return True
            k -= 1
        return False
    if j >= len(parts):
        return False
    if conv == "*":
        if not _flask_match_pieces(arg, 0, parts[j], 0, vals):
            return False
        return _flask_match(segs, parts, i + 1, j + 1, vals)
    v = _flask_convert(conv, parts[j])
    if v is None:
        return False
    vals[arg] = v
    return _flask_match(segs, parts, i + 1, j + 1, vals)


def _flask_find(parts):
    # Every rule matching the path, best (lowest weight) first.
    found = []
    for r in _flask_rules:
        vals = {}
        if _flask_match(r[0], parts, 0, 0, vals):
            found.append([r[5], r, vals])
    if len(found) > 1:
        found.sort(key=lambda f: f[0])
    return found


def _flask_call(view, params, vals):
    a = [vals[p] for p in params]
    n = len(a)
    if n == 0:
        return view()
    if n == 1:
        return view(a[0])
    if n == 2:
        return view(a[0], a[1])
    if n == 3:
        return view(a[0], a[1], a[2])
    return view(a[0], a[1], a[2], a[3])


def _flask_path():
    p = request.path
    if "%" in p:
        q = __mayfly_parse_query("p=" + p.replace("+", "%2B").replace("&", "%26"))
        p = q["p"]
    return p


def _flask_dispatch():
    # Flask.dispatch_request: the view's return value, or the routing
    # error raised as Werkzeug raises it (404, 405) for the handlers.
    method = request.method
    path = _flask_path()
    parts = path[1:].split("/")
    found = _flask_find(parts)
    if len(found) == 0:
        slashed = _flask_find(parts + [""])
        if len(slashed) > 0:
            host = request.headers.get("Host", "localhost")
            loc = "http://" + host + path + "/"
            if request.query_string != "":
                loc = loc + "?" + request.query_string
            return redirect(loc, 308)
        _flask_raise_http(404, None, None, None, True)
    allowed = []
    for f in found:
        r = f[1]
        if method in r[1]:
            if method == "OPTIONS" and r[4]:
                break
            return _flask_call(r[2], r[3], f[2])
        for m in r[1]:
            if m not in allowed:
                allowed.append(m)
    if method == "OPTIONS":
        for f in found:
            for m in f[1][1]:
                if m not in allowed:
                    allowed.append(m)
        return _flask_response("", 200, {"Content-Type": "text/html; charset=utf-8", "Allow": ", ".join(sorted(allowed))})
    _flask_raise_http(405, None, {"Allow": ", ".join(sorted(allowed))}, None, True)
