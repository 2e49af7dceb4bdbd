# Flask's request attributes over mayfly's lazy request object. The
# MultiDicts (form, cookies, values) are parsed once per request and kept,
# so that `request.form[k]` (and an alias of it) can be told from a plain
# dict: a missing key there is Werkzeug's BadRequestKeyError (a 400).

_flask_form = None
_flask_cookies = None
_flask_values = None


def _flask_mimetype():
    return request.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _flask_get_json(force=False, silent=False, cache=True):
    mt = _flask_mimetype()
    is_json = mt == "application/json" or (mt.startswith("application/") and mt.endswith("+json"))
    if not (force or is_json):
        if silent:
            return None
        _flask_raise_http(415, "Did not attempt to load JSON data because the request Content-Type was not 'application/json'.")
    try:
        return json.loads(request.body)
    except ValueError:
        if silent:
            return None
        _flask_raise_http(400)


def _flask_req_json():
    return _flask_get_json()


def _flask_get_data(cache=True, as_text=False, parse_form_data=False):
    return request.body


def _flask_req_data():
    return request.body


def _flask_req_form():
    global _flask_form
    if _flask_form is None:
        if _flask_mimetype() == "application/x-www-form-urlencoded":
            _flask_form = __mayfly_parse_query(request.body)
        else:
            _flask_form = {}
    return _flask_form


def _flask_req_values():
    # CombinedMultiDict([args, form]); form only for methods other than GET.
    global _flask_values
    if _flask_values is None:
        _flask_values = {}
        for k, v in request.args.items():
            _flask_values[k] = v
        if request.method != "GET":
            for k, v in _flask_req_form().items():
                if k not in _flask_values:
                    _flask_values[k] = v
    return _flask_values


def _flask_req_cookies():
    global _flask_cookies
    if _flask_cookies is None:
        _flask_cookies = {}
        for part in request.headers.get("Cookie", "").split(";"):
            if "=" in part:
                i = part.find("=")
                k = part[:i].strip()
                if k not in _flask_cookies:
                    _flask_cookies[k] = part[i + 1:].strip()
    return _flask_cookies


def _flask_is_multidict(d):
    return d is request.args or d is _flask_form or d is _flask_cookies or d is _flask_values


def _flask_md_item(d, key):
    # MultiDict[key] / Headers[key]: a missing key is a 400 in Flask.
    if key in d:
        return d[key]
    if _flask_is_multidict(d):
        _flask_raise_http(400, None, None, key)
    return d[key]


def _flask_pairs(qs):
    # Every (key, value) of a query string, decoded, repeats kept.
    out = []
    for piece in qs.split("&"):
        if piece != "":
            for k, v in __mayfly_parse_query(piece).items():
                out.append([k, v])
    return out


def _flask_getlist(d, key, _type=None):
    # MultiDict.getlist(key, type=...): values type() rejects are skipped.
    if d is request.headers:
        if key in d:
            return [d[key]]
        return []
    pairs = []
    if d is request.args or d is _flask_values:
        pairs = _flask_pairs(request.query_string)
    if d is _flask_form or (d is _flask_values and request.method != "GET"):
        if _flask_mimetype() == "application/x-www-form-urlencoded":
            pairs = pairs + _flask_pairs(request.body)
    elif not _flask_is_multidict(d):
        raise AttributeError("'dict' object has no attribute 'getlist'")
    out = []
    for p in pairs:
        if p[0] == key:
            try:
                if _type == "int":
                    out.append(int(p[1]))
                elif _type == "float":
                    out.append(float(p[1]))
                else:
                    out.append(p[1])
            except ValueError:
                pass
    return out


def _flask_req_full_path():
    return _flask_path() + "?" + request.query_string


def _flask_req_is_json():
    mt = _flask_mimetype()
    return mt == "application/json" or (mt.startswith("application/") and mt.endswith("+json"))


def _flask_req_mimetype():
    return _flask_mimetype()


def _flask_req_content_type():
    return request.headers.get("Content-Type")


def _flask_req_host():
    return request.headers.get("Host", "localhost")


def _flask_req_url():
    u = "http://" + _flask_req_host() + _flask_path()
    if request.query_string != "":
        u = u + "?" + request.query_string
    return u


def _flask_get_typed(d, key, default=None, _type=None):
    # MultiDict.get(key, default, type=...): a value type() rejects
    # with ValueError gives the default, as in Werkzeug.
    if key not in d:
        return default
    v = d[key]
    try:
        if _type == "int":
            return int(v)
        if _type == "float":
            return float(v)
        return v
    except ValueError:
        return default
