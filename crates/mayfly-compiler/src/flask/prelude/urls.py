# url_for: Werkzeug's MapAdapter.build over the registered rules, with
# urllib's quoting (the same safe sets), values that are no variable of
# the rule appended as the query string in the order given.

_flask_unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_flask_hex = "0123456789ABCDEF"
_flask_path_safe = "!$&'()*+,/:;=@"


def _flask_utf8(c):
    if c < 128:
        return [c]
    if c < 2048:
        return [192 | (c >> 6), 128 | (c & 63)]
    if c < 65536:
        return [224 | (c >> 12), 128 | ((c >> 6) & 63), 128 | (c & 63)]
    return [240 | (c >> 18), 128 | ((c >> 12) & 63), 128 | ((c >> 6) & 63), 128 | (c & 63)]


def _flask_quote(s, safe, plus=False):
    out = []
    for c in s:
        if c in _flask_unreserved or c in safe:
            out.append(c)
        elif plus and c == " ":
            out.append("+")
        else:
            for b in _flask_utf8(ord(c)):
                out.append("%" + _flask_hex[b >> 4] + _flask_hex[b & 15])
    return "".join(out)


def _flask_to_url(conv, v):
    if conv == "int":
        return str(int(v))
    if conv == "float":
        return str(float(v))
    return _flask_quote(str(v), _flask_path_safe)


def _flask_build_rule(r, values):
    out = []
    for s in r[0]:
        out.append("/")
        if s[0] == "":
            out.append(_flask_quote(s[1], _flask_path_safe))
        elif s[0] == "*":
            for p in s[1]:
                if isinstance(p, str):
                    out.append(_flask_quote(p, _flask_path_safe))
                else:
                    out.append(_flask_to_url(p[0], values[p[1]]))
        else:
            out.append(_flask_to_url(s[0], values[s[1]]))
    query = []
    for k, v in values.items():
        if k in r[3]:
            continue
        vs = [v]
        if isinstance(v, list) or isinstance(v, tuple):
            vs = v
        for x in vs:
            if x is not None:
                query.append(_flask_quote(str(k), "!$'()*,/:;?@", True) + "=" + _flask_quote(str(x), "!$'()*,/:;?@", True))
    if len(query) > 0:
        out.append("?" + "&".join(query))
    return "".join(out)


def _flask_build(rules, values, method):
    for r in rules:
        if method is not None and method not in r[1]:
            continue
        if all(p in values for p in r[3]):
            return _flask_build_rule(r, values)
    return None


def url_for(endpoint, _values=None):
    values = {}
    if _values is not None:
        for k, v in _values.items():
            if v is not None:
                values[k] = v
    external = values.pop("_external", False)
    anchor = values.pop("_anchor", None)
    method = values.pop("_method", None)
    rules = _flask_endpoints.get(endpoint)
    url = None
    if rules is not None:
        if method is None:
            url = _flask_build(rules, values, "GET")
        if url is None:
            url = _flask_build(rules, values, method)
    if url is None:
        raise LookupError("Could not build url for endpoint " + repr(endpoint) + ".")
    if external:
        url = "http://" + request.headers.get("Host", "localhost") + url
    if anchor is not None:
        url = url + "#" + _flask_quote(anchor, "%!#$&'()*+,/:;=?@")
    return url
