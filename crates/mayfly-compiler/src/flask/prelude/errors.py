# HTTP errors as Flask raises and dispatches them. abort() raises an
# ordinary Exception (a KeyError for a missing request.args/form/headers
# key, Werkzeug's BadRequestKeyError) and remembers it in _flask_http with
# its code, so `except Exception` in a view catches it as in Flask and the
# dispatcher tells it from the app's own exceptions by identity. The list
# is empty (and costs nothing) on requests that raise none.

# Werkzeug's default_exceptions: code -> [name, description], HTML-escaped
# as the error page shows them (the page is the common use; e.name and
# e.description unescape).
_flask_reasons = {
    400: ["Bad Request", "The browser (or proxy) sent a request that this server could not understand."],
    401: ["Unauthorized", "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required."],
    403: ["Forbidden", "You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server."],
    404: ["Not Found", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."],
    405: ["Method Not Allowed", "The method is not allowed for the requested URL."],
    406: ["Not Acceptable", "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request."],
    408: ["Request Timeout", "The server closed the network connection because the browser didn&#39;t finish the request within the specified time."],
    409: ["Conflict", "A conflict happened while processing the request. The resource might have been modified while the request was being processed."],
    410: ["Gone", "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page."],
    411: ["Length Required", "A request with this method requires a valid &lt;code&gt;Content-Length&lt;/code&gt; header."],
    412: ["Precondition Failed", "The precondition on the request for the URL failed positive evaluation."],
    413: ["Request Entity Too Large", "The data value transmitted exceeds the capacity limit."],
    414: ["Request URI Too Long", "The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed."],
    415: ["Unsupported Media Type", "The server does not support the media type transmitted in the request."],
    416: ["Requested Range Not Satisfiable", "The server cannot provide the requested range."],
    417: ["Expectation Failed", "The server could not meet the requirements of the Expect header"],
    418: ["I&#39;m a teapot", "This server is a teapot, not a coffee machine"],
    421: ["Misdirected Request", "The server is not able to produce a response."],
    422: ["Unprocessable Entity", "The request was well-formed but was unable to be followed due to semantic errors."],
    423: ["Locked", "The resource that is being accessed is locked."],
    424: ["Failed Dependency", "The method could not be performed on the resource because the requested action depended on another action and that action failed."],
    428: ["Precondition Required", "This request is required to be conditional; try using &#34;If-Match&#34; or &#34;If-Unmodified-Since&#34;."],
    429: ["Too Many Requests", "This user has exceeded an allotted request count. Try again later."],
    431: ["Request Header Fields Too Large", "One or more header fields exceeds the maximum size."],
    451: ["Unavailable For Legal Reasons", "Unavailable for legal reasons."],
    500: ["Internal Server Error", "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application."],
    501: ["Not Implemented", "The server does not support the action requested by the browser."],
    502: ["Bad Gateway", "The proxy server received an invalid response from an upstream server."],
    503: ["Service Unavailable", "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later."],
    504: ["Gateway Timeout", "The connection to an upstream server timed out."],
    505: ["HTTP Version Not Supported", "The server does not support the HTTP protocol version used in the request."],
}

# Per request: [exception, code, description, response, extra headers,
# original exception].
_flask_http = []
# @app.errorhandler(code) views; [class, depth, view] for
# @app.errorhandler(ExceptionClass) (depth: how derived the class is).
_flask_code_handlers = {}
_flask_class_handlers = []


def _flask_errorhandler(code_or_class, _view=None, _depth=0):
    if _depth == 0:
        _flask_code_handlers[code_or_class] = _view
    else:
        _flask_class_handlers.append([code_or_class, _depth, _view])


def _flask_escape(s):
    # markupsafe.escape, as Werkzeug applies it to names and descriptions.
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    if "'" in s:
        s = s.replace("'", "&#39;")
    if '"' in s:
        s = s.replace('"', "&#34;")
    return s


def _flask_unescape(s):
    if "&" not in s:
        return s
    return s.replace("&#39;", "'").replace("&#34;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _flask_http_str(code, description):
    # str() of the HTTPException: "404 Not Found: The requested URL ...".
    if description is None:
        description = _flask_unescape(_flask_reasons[code][1])
    return str(code) + " " + _flask_unescape(_flask_reasons[code][0]) + ": " + description


def _flask_http_exc(code, description=None):
    # NotFound(description) and friends from werkzeug.exceptions.
    e = Exception(_flask_http_str(code, description))
    _flask_http.append([e, code, description, None, None, None])
    return e


def _flask_is_http(e, code):
    # isinstance(e, HTTPException) (code None) or isinstance(e, NotFound).
    info = _flask_http_info(e)
    return info is not None and info[1] is not None and (code is None or info[1] == code)


def _flask_raise_http(code, description=None, headers=None, as_key_error=None, routing=False):
    # description None: Werkzeug's default. A routing error's message is
    # only built if a handler gets to see it.
    if code not in _flask_reasons:
        raise LookupError("no exception for " + repr(code))
    if routing:
        e = Exception()
    elif as_key_error is None:
        e = Exception(_flask_http_str(code, description))
    else:
        e = KeyError(as_key_error)
    _flask_http.append([e, code, description, None, headers, None])
    raise e


def abort(status, description=None):
    if _flask_is_response(status):
        # HTTPException(response=...): the response as it is, no handler.
        e = Exception("??? Unknown Error: None")
        _flask_http.append([e, None, None, status, None, None])
        raise e
    _flask_raise_http(status, description)


def _flask_http_info(e):
    for h in _flask_http:
        if h[0] is e:
            return h
    return None


def _flask_error_response(code, description=None):
    info = _flask_reasons[code]
    if description is None:
        text = info[1]
    else:
        text = _flask_escape(description).replace("\n", "<br>")
    body = "<!doctype html>\n<html lang=en>\n<title>" + str(code) + " " + info[0] + "</title>\n<h1>" + info[0] + "</h1>\n<p>" + text + "</p>\n"
    return _flask_response(body, code, {"Content-Type": "text/html; charset=utf-8"})


def _flask_http_response(info):
    # HTTPException.get_response(): the error page (or abort's response).
    if info[1] is None:
        return info[3]
    resp = _flask_error_response(info[1], info[2])
    if info[4] is not None:
        for k, v in info[4].items():
            resp[3][k] = v
    return resp


def _flask_isinstance(e, cls):
    # isinstance(e, cls) for an exception class held in a variable.
    try:
        raise e
    except cls:
        return True
    except Exception:
        return False


def _flask_class_handler(e, http):
    # The registered class nearest to e's class in its MRO. An HTTP
    # exception's MRO puts HTTPException before KeyError and Exception.
    best = None
    depth = 0
    for h in _flask_class_handlers:
        if h[0] == "HTTPException":
            if http:
                return h[2]
        elif h[1] > depth and _flask_isinstance(e, h[0]):
            best = h[2]
            depth = h[1]
    return best


def _flask_handle_user_exception(e):
    # Flask.handle_user_exception: HTTP exceptions go to the handler for
    # their code or class, or become their error page; anything else to
    # a class handler, or on to handle_exception (a 500).
    info = _flask_http_info(e)
    if info is not None:
        if info[1] is None:
            return info[3]
        h = _flask_code_handlers.get(info[1])
        if h is None:
            h = _flask_class_handler(e, True)
        if h is None:
            return _flask_http_response(info)
        if str(e) == "":
            # A routing error (raised without its message): the handler
            # sees it, so it gets Werkzeug's.
            e = Exception(_flask_http_str(info[1], info[2]))
            info[0] = e
        return h(e)
    h = None
    if len(_flask_class_handlers) > 0:
        h = _flask_class_handler(e, False)
    if h is None:
        raise e
    return h(e)


def _flask_handle_exception(e):
    # Flask.handle_exception: log, then InternalServerError through the
    # 500 handler (by code, then HTTPException or Exception classes).
    print("Exception on " + request.path + " [" + request.method + "]: " + str(e))
    h = _flask_code_handlers.get(500)
    ise = None
    if h is None and len(_flask_class_handlers) > 0:
        ise = Exception(_flask_http_str(500, None))
        h = _flask_class_handler(ise, True)
    if h is None:
        return _flask_finalize(_flask_error_response(500), True)
    if ise is None:
        ise = Exception(_flask_http_str(500, None))
    _flask_http.append([ise, 500, None, None, None, e])
    return _flask_finalize(h(ise), True)


def _flask_exc_attr(e, attr):
    # e.code / e.description / e.name / e.original_exception in handlers.
    info = _flask_http_info(e)
    if info is None or info[1] is None:
        if attr == "name":
            # The rewrite sends every `x.name` here: a hashlib object's.
            n = __mayfly_hash_name(e)
            if n is not None:
                return n
        # Not an HTTP error: a user object's own attribute, or CPython's
        # AttributeError naming its type.
        return getattr(e, attr)
    if attr == "code":
        return info[1]
    if attr == "description":
        if info[2] is None:
            return _flask_unescape(_flask_reasons[info[1]][1])
        return info[2]
    if attr == "name":
        return _flask_unescape(_flask_reasons[info[1]][0])
    return info[5]
