# The Flask surface, written in the mayfly language itself and compiled
# together with a program that does `from flask import ...` (see
# flask/rewrite.rs for how decorators and request attributes reach it).
# Routes are registered by module code, so they live in the init snapshot
# and a request pays only for the match. Names starting with _flask_ are
# private; the public ones are those `from flask import` may name.
import json
from mayfly import request

# Never '__main__' (the tenant is a module, not a script), so the seed's
# `if __name__ == '__main__': app.run()` is dead code, as under gunicorn.
__name__ = "app"

# A response object is a list [_flask_mark, body, status, headers]; the
# mark (a unique dict) tells it apart from a list the view returns as JSON.
_flask_mark = {}
_flask_rules = []
_flask_handlers = {}
_flask_abort_tag = "\x00flask-abort:"

_flask_reasons = {
    400: ["Bad Request", "The browser (or proxy) sent a request that this server could not understand."],
    401: ["Unauthorized", "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required."],
    403: ["Forbidden", "You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server."],
    404: ["Not Found", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."],
    405: ["Method Not Allowed", "The method is not allowed for the requested URL."],
    406: ["Not Acceptable", "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request."],
    409: ["Conflict", "A conflict happened while processing the request. The resource might have been modified while the request was being processed."],
    410: ["Gone", "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page."],
    413: ["Request Entity Too Large", "The data value transmitted exceeds the capacity limit."],
    415: ["Unsupported Media Type", "The server does not support the media type transmitted in the request."],
    418: ["I&#39;m a teapot", "This server is a teapot, not a coffee machine"],
    422: ["Unprocessable Entity", "The request was well-formed but was unable to be followed due to semantic errors."],
    429: ["Too Many Requests", "This user has exceeded an allotted request count. Try again later."],
    500: ["Internal Server Error", "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application."],
    501: ["Not Implemented", "The server does not support the action requested by the browser."],
    503: ["Service Unavailable", "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later."],
}

# Werkzeug's converter weights: lower wins when two rules match a path.
_flask_weights = {"": 0, "int": 50, "float": 50, "string": 100, "path": 200}


def Flask(import_name):
    return _flask_mark


def _flask_route(rule, methods=None, _view=None, _params=None, _verb=None):
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
    segs = []
    for part in rule[1:].split("/"):
        if part.startswith("<"):
            inner = part[1:-1]
            if ":" in inner:
                conv, name = inner.split(":")
            else:
                conv, name = "string", inner
            segs.append([conv, name])
        else:
            segs.append(["", part])
    # Werkzeug tries static parts before converters: more static segments
    # first, then the converters' weights segment by segment.
    weight = [-len([s for s in segs if s[0] == ""])] + [_flask_weights[s[0]] for s in segs]
    _flask_rules.append([segs, ms, _view, _params, auto_options, weight])


def _flask_errorhandler(code, _view=None):
    _flask_handlers[code] = _view


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
    found.sort(key=lambda f: f[0])
    return found


def _flask_response(body, status, headers):
    return [_flask_mark, body, status, headers]


def _flask_error_response(code, description=None):
    info = _flask_reasons.get(code, ["Error", ""])
    if description is None:
        description = info[1]
    body = "<!doctype html>\n<html lang=en>\n<title>" + str(code) + " " + info[0] + "</title>\n<h1>" + info[0] + "</h1>\n<p>" + description + "</p>\n"
    return _flask_response(body, code, {"Content-Type": "text/html; charset=utf-8"})


def _flask_http_error(code, description=None):
    # An error page, or what the app's @errorhandler(code) makes of it.
    h = _flask_handlers.get(code)
    if h is None:
        return _flask_error_response(code, description)
    info = _flask_reasons.get(code, ["Error", ""])
    if description is None:
        description = info[1]
    rv = h(Exception(str(code) + " " + info[0] + ": " + description))
    return _flask_make(rv)


def abort(code, description=None):
    d = ""
    if description is not None:
        d = description
    raise Exception(_flask_abort_tag + str(code) + ":" + d)


def jsonify(obj=None):
    return _flask_response(json.dumps(obj, separators=(",", ":"), sort_keys=True) + "\n", 200, {"Content-Type": "application/json"})


def redirect(location, code=302):
    body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href=\"" + location + "\">" + location + "</a>. If not, click the link.\n"
    return _flask_response(body, code, {"Content-Type": "text/html; charset=utf-8", "Location": location})


def _flask_is_response(rv):
    return isinstance(rv, list) and len(rv) == 4 and rv[0] is _flask_mark


def _flask_make(rv):
    status = None
    headers = None
    if isinstance(rv, tuple):
        if len(rv) == 3:
            rv, status, headers = rv
        elif len(rv) == 2:
            if isinstance(rv[1], dict) or isinstance(rv[1], list):
                rv, headers = rv
            else:
                rv, status = rv
        else:
            raise TypeError("The view function did not return a valid response tuple.")
    if _flask_is_response(rv):
        resp = rv
    elif isinstance(rv, str):
        resp = _flask_response(rv, 200, {"Content-Type": "text/html; charset=utf-8"})
    elif isinstance(rv, dict) or isinstance(rv, list):
        resp = jsonify(rv)
    else:
        raise TypeError("The view function did not return a valid response.")
    if status is not None:
        resp[2] = status
    if headers is not None:
        if isinstance(headers, dict):
            for k, v in headers.items():
                resp[3][k] = v
        else:
            for k, v in headers:
                resp[3][k] = v
    return resp


def make_response(rv=None, status=None, headers=None):
    if rv is None:
        rv = ""
    if status is not None and headers is not None:
        return _flask_make((rv, status, headers))
    if status is not None:
        return _flask_make((rv, status))
    if headers is not None:
        return _flask_make((rv, headers))
    return _flask_make(rv)


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
            resp = _flask_error_response(308, "")
            body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href=\"" + loc + "\">" + loc + "</a>. If not, click the link.\n"
            return _flask_response(body, 308, {"Content-Type": "text/html; charset=utf-8", "Location": loc})
        return _flask_http_error(404)
    allowed = []
    for f in found:
        r = f[1]
        if method in r[1]:
            if method == "OPTIONS" and r[4]:
                break
            return _flask_make(_flask_call(r[2], r[3], f[2]))
        for m in r[1]:
            if m not in allowed:
                allowed.append(m)
    if method == "OPTIONS":
        for f in found:
            for m in f[1][1]:
                if m not in allowed:
                    allowed.append(m)
        return _flask_response("", 200, {"Content-Type": "text/html; charset=utf-8", "Allow": ", ".join(sorted(allowed))})
    resp = _flask_http_error(405)
    if _flask_handlers.get(405) is None:
        resp[3]["Allow"] = ", ".join(sorted(allowed))
    return resp


def _flask_abort_code(msg):
    rest = msg[len(_flask_abort_tag):]
    i = rest.find(":")
    return [int(rest[:i]), rest[i + 1:]]


def on_client_request():
    try:
        resp = _flask_dispatch()
    except Exception as e:
        msg = str(e)
        if msg.startswith(_flask_abort_tag):
            cd = _flask_abort_code(msg)
            d = None
            if cd[1] != "":
                d = cd[1]
            try:
                resp = _flask_http_error(cd[0], d)
            except Exception as e2:
                print("Exception in error handler: " + str(e2))
                resp = _flask_error_response(500)
        else:
            print("Exception on " + request.path + " [" + request.method + "]: " + msg)
            try:
                resp = _flask_http_error(500)
            except Exception as e3:
                resp = _flask_error_response(500)
    out = {}
    for k, v in resp[3].items():
        out[k.lower()] = str(v)
    return resp[1], resp[2], out


def _flask_mimetype():
    return request.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _flask_get_json(force=False, silent=False, cache=True):
    mt = _flask_mimetype()
    is_json = mt == "application/json" or (mt.startswith("application/") and mt.endswith("+json"))
    if not (force or is_json):
        if silent:
            return None
        abort(415, "Did not attempt to load JSON data because the request Content-Type was not &#39;application/json&#39;.")
    try:
        return json.loads(request.body)
    except ValueError:
        if silent:
            return None
        abort(400)


def _flask_req_json():
    return _flask_get_json()


def _flask_get_data(cache=True, as_text=False, parse_form_data=False):
    return request.body


def _flask_req_data():
    return request.body


def _flask_req_form():
    if _flask_mimetype() != "application/x-www-form-urlencoded":
        return {}
    return __mayfly_parse_query(request.body)


def _flask_req_cookies():
    out = {}
    for part in request.headers.get("Cookie", "").split(";"):
        if "=" in part:
            i = part.find("=")
            k = part[:i].strip()
            if k not in out:
                out[k] = part[i + 1:].strip()
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


def _flask_resp_status(resp):
    return resp[2]


def _flask_set_status(resp, code):
    resp[2] = code


def _flask_resp_headers(resp):
    return resp[3]


def _flask_resp_data(resp):
    return resp[1]
