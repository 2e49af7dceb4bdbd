# call: /items?limit=2&sort=-price
# call: /items/3
# call: /items/99
# call: /search?q=Lamp&min=10
# call: /nope
# A tiny router over request.path with a table of handlers and query parsing.
import json

ITEMS = [
    {"id": 1, "name": "desk lamp", "price": 24.5},
    {"id": 2, "name": "chair", "price": 89.0},
    {"id": 3, "name": "floor lamp", "price": 54.25},
    {"id": 4, "name": "rug", "price": 120.0},
]

ROUTES = []


def route(prefix):
    def deco(fn):
        ROUTES.append((prefix, fn))
        return fn
    return deco


@route("/items/")
def item_detail(req, rest):
    if not rest.isdigit():
        return {"error": "bad id"}, 400
    for it in ITEMS:
        if it["id"] == int(rest):
            return it
    return {"error": f"no item {rest}"}, 404


@route("/items")
def item_list(req, rest):
    key = req.args.get("sort", "id")
    rev = key.startswith("-")
    rows = sorted(ITEMS, key=lambda it: it[key.lstrip("-")], reverse=rev)
    limit = int(req.args.get("limit", len(rows)))
    return {"count": len(rows[:limit]), "items": [r["name"] for r in rows[:limit]]}


@route("/search")
def search(req, rest):
    q = req.args.get("q", "").lower()
    lo = float(req.args.get("min", "0"))
    hits = [it for it in ITEMS if q in it["name"] and it["price"] >= lo]
    body = "\n".join(f"{h['id']:>3} {h['name']:<12} {h['price']:>8.2f}" for h in hits)
    return ("text/plain", body + "\n")


def on_client_request(request):
    for prefix, fn in ROUTES:
        if request.path.startswith(prefix):
            return fn(request, request.path[len(prefix):])
    return json.dumps({"error": "not found", "path": request.path}), 404, {"X-Reason": "no route"}
