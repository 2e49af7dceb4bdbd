# call: /search?q=caf%C3%A9+au+lait&page=2&tag=a&tag=b%26c
# call: /search?q=&page=x
# call: /form -X POST -d 'name=Zo%C3%AB+%CE%A9&email=z%40example.com&tags=a&tags=b&empty='
# call: /form -X POST -d 'name&=x&%zz=1'
# call: /redirect?next=/account/settings?tab=keys%26more&lang=fr
# call: /sign?path=/files/r%C3%A9sum%C3%A9.pdf&user=bob+smith
# Handlers of the kind that use urllib.parse: a search page that reads
# the raw query string and links its next page, a form POST decoded with
# parse_qs, a login redirect that carries the next URL quoted, and a
# signed download link whose path segments are quoted.
import urllib.parse
from urllib.parse import parse_qs, parse_qsl, urlencode, quote
from mayfly import request


def search():
    qs = parse_qs(request.query_string)
    terms = qs.get("q", [""])[0]
    page = qs.get("page", ["1"])[0]
    page = int(page) if page.isdigit() else 1
    nxt = "/search?" + urlencode({"q": terms, "page": page + 1, "tag": qs.get("tag", [])}, doseq=True)
    return f"terms={terms!r} page={page} tags={qs.get('tag')}\nnext: {nxt}\n"


def form():
    fields = parse_qs(request.body, keep_blank_values=True)
    pairs = parse_qsl(request.body, keep_blank_values=True)
    lines = [f"{k}: {v}" for k, v in sorted(fields.items())]
    lines.append(repr(pairs))
    return "\n".join(lines) + "\n"


def redirect():
    target = request.args.get("next", "/")
    lang = request.args.get("lang", "en")
    loc = "/login?" + urlencode({"next": target, "lang": lang}, quote_via=quote)
    back = parse_qs(loc.split("?", 1)[1])
    return f"location: {loc}\nround trip: {back['next'][0] == target}\n"


def sign():
    path = request.args.get("path", "/")
    user = request.args.get("user", "")
    quoted = "/".join(urllib.parse.quote(seg, safe="") for seg in path.split("/"))
    link = quoted + "?" + urllib.parse.urlencode([("user", user), ("sig", len(path) * 7 % 97)])
    return f"{link}\n{urllib.parse.unquote(quoted) == path}\n"


def on_client_request():
    p = request.path
    if p == "/search":
        return search()
    if p == "/form":
        return form()
    if p == "/redirect":
        return redirect()
    if p == "/sign":
        return sign()
    return "not found\n"
