# The Flask surface, written in the mayfly language itself and compiled
# together with a program that does `from flask import ...` (see
# flask/rewrite.rs for how decorators and request attributes reach it).
# This file: the app, hooks, responses and the request's way through
# them (Flask.wsgi_app); errors.py, routing.py, urls.py and request.py
# follow it. Names starting with _flask_ are private; the public ones
# are those `from flask import` may name.
import json
from mayfly import request

# Never '__main__' (the tenant is a module, not a script), so the seed's
# `if __name__ == '__main__': app.run()` is dead code, as under gunicorn.
__name__ = "app"

# A response object is a list [_flask_mark, body, status, headers]; the
# mark (a unique dict) tells it apart from a list the view returns as JSON.
_flask_mark = {}

# Hooks registered at load; with none registered a request pays one
# length test per kind.
_flask_before = []
_flask_after = []
_flask_teardown = []

# flask.g: per request, since every request starts from the load state.
_flask_g = {}


def Flask(import_name):
    return _flask_mark


def _flask_hook(kind, _view=None):
    if kind == "before_request":
        _flask_before.append(_view)
    elif kind == "after_request":
        _flask_after.append(_view)
    else:
        _flask_teardown.append(_view)


def _flask_g_attr(name):
    if name in _flask_g:
        return _flask_g[name]
    raise AttributeError(name)


def _flask_response(body, status, headers):
    return [_flask_mark, body, status, headers]


def jsonify(obj=None):
    try:
        text = json.dumps(obj, separators=(",", ":"), sort_keys=True)
    except TypeError:
        # Flask's JSON provider serialises dataclasses (as
        # dataclasses.asdict); tried only when plain json refuses, so a
        # plain payload is walked once.
        text = json.dumps(_flask_jsonable(obj), separators=(",", ":"), sort_keys=True)
    return _flask_response(text + "\n", 200, {"Content-Type": "application/json"})


def _flask_jsonable(o):
    d = __mayfly_dc_asdict(o)
    if d is not None:
        o = d
    if isinstance(o, dict):
        return {k: _flask_jsonable(v) for k, v in o.items()}
    if isinstance(o, list) or isinstance(o, tuple):
        return [_flask_jsonable(v) for v in o]
    return o


def redirect(location, code=302):
    # The body shows the location escaped (markupsafe's escape, as
    # Werkzeug's redirect); the header is quoted in on_client_request.
    shown = _flask_escape(location)
    body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href=\"" + shown + "\">" + shown + "</a>. If not, click the link.\n"
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
    elif isinstance(rv, str) or isinstance(rv, bytes):
        resp = _flask_response(rv, 200, {"Content-Type": "text/html; charset=utf-8"})
    elif isinstance(rv, dict) or isinstance(rv, list):
        resp = jsonify(rv)
    elif isinstance(rv, Exception) and _flask_http_info(rv) is not None:
        # An HTTPException is a WSGI app: Flask answers with its page.
        resp = _flask_http_response(_flask_http_info(rv))
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


def _flask_run_before():
    # A before_request function returning a value answers the request.
    for f in _flask_before:
        rv = f()
        if rv is not None:
            return rv
    return None


def _flask_finalize(rv, from_error_handler):
    # Flask.finalize_request: after_request functions, last registered
    # first; after an error handler their exceptions are only logged.
    resp = _flask_make(rv)
    if len(_flask_after) > 0:
        try:
            i = len(_flask_after) - 1
            while i >= 0:
                resp = _flask_after[i](resp)
                i -= 1
        except Exception as e:
            if not from_error_handler:
                raise e
            print("Request finalizing failed with an error while handling an error: " + str(e))
    return resp


def _flask_full_dispatch():
    try:
        rv = None
        if len(_flask_before) > 0:
            rv = _flask_run_before()
        if rv is None:
            rv = _flask_dispatch()
    except Exception as e:
        rv = _flask_handle_user_exception(e)
    return _flask_finalize(rv, False)


def on_client_request():
    error = None
    try:
        resp = _flask_full_dispatch()
    except Exception as e:
        error = e
        try:
            resp = _flask_handle_exception(e)
        except Exception as e2:
            print("Exception in error handler: " + str(e2))
            resp = _flask_error_response(500)
    if len(_flask_teardown) > 0:
        i = len(_flask_teardown) - 1
        while i >= 0:
            _flask_teardown[i](error)
            i -= 1
    out = {}
    for k, v in resp[3].items():
        name = k.lower()
        if name == "location":
            v = _flask_iri_to_uri(str(v))
        out[name] = str(v)
    return resp[1], resp[2], out


def _flask_iri_to_uri(loc):
    # The Location header as Werkzeug sends it: the path, query and
    # fragment percent-encoded as UTF-8 where they hold characters a URI
    # cannot (a space, 'é'); what is already a URI is left as it is.
    frag = None
    at = loc.find("#")
    if at >= 0:
        frag = loc[at + 1:]
        loc = loc[:at]
    query = None
    at = loc.find("?")
    if at >= 0:
        query = loc[at + 1:]
        loc = loc[:at]
    uri = _flask_quote(loc, "%!$&'()*+,/:;=@")
    if query:
        uri = uri + "?" + _flask_quote(query, "%!$&'()*+,/:;=?@")
    if frag:
        uri = uri + "#" + _flask_quote(frag, "%!#$&'()*+,/:;=?@")
    return uri


# The rewrite sends every read of `x.status_code`, `x.headers` and
# `x.data` here: a Flask response is a list marked _flask_mark, anything
# else (a user object, a dataclass) has the attribute itself.
def _flask_is_resp(x):
    return isinstance(x, list) and len(x) == 4 and x[0] is _flask_mark


def _flask_resp_status(resp):
    if _flask_is_resp(resp):
        return resp[2]
    return getattr(resp, "status_code")


def _flask_set_status(resp, code):
    if _flask_is_resp(resp):
        resp[2] = code
    else:
        setattr(resp, "status_code", code)


def _flask_resp_headers(resp):
    if _flask_is_resp(resp):
        return resp[3]
    return getattr(resp, "headers")


def _flask_resp_data(resp):
    if _flask_is_resp(resp):
        return resp[1]
    return getattr(resp, "data")
