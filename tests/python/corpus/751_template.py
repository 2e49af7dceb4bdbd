# call: /?name=Ada&items=3
# call: /?name=Bob
# A mini template engine: {{var}} with filters, {% for %} blocks, then str.format_map.
from mayfly import request


class Missing:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        return "{" + key + "}"


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "money": lambda v: f"${float(v):,.2f}",
    "strip": str.strip,
}


def render(tpl, ctx):
    out = []
    pos = 0
    while True:
        start = tpl.find("{{", pos)
        if start < 0:
            out.append(tpl[pos:])
            break
        end = tpl.index("}}", start)
        out.append(tpl[pos:start])
        expr, *filters = [p.strip() for p in tpl[start + 2:end].split("|")]
        value = ctx
        for part in expr.split("."):
            value = value[int(part)] if part.isdigit() else value[part]
        value = str(value)
        for f in filters:
            value = FILTERS[f](value)
        out.append(value)
        pos = end + 2
    return "".join(out)


def expand_loops(tpl, ctx):
    while "{% for " in tpl:
        a = tpl.index("{% for ")
        head_end = tpl.index("%}", a)
        var, _, seq = tpl[a + 7:head_end].strip().partition(" in ")
        b = tpl.index("{% endfor %}", head_end)
        body = tpl[head_end + 2:b]
        parts = []
        for item in ctx[seq]:
            scope = dict(ctx)
            scope[var] = item
            parts.append(render(body, scope))
        tpl = tpl[:a] + "".join(parts) + tpl[b + 12:]
    return tpl


TEMPLATE = """Hello {{ name | upper }}!
{% for it in items %}- {{ it.label | title }}: {{ it.price | money }}
{% endfor %}Total: {{ total | money }} ({{ name | len }} letters)
Footer: {when} {who!r:>8} {n:03d}"""


def on_client_request():
    n = int(request.args.get("items", "2"))
    items = [{"label": f"item number {i}", "price": 1234.5 * i} for i in range(1, n + 1)]
    ctx = {"name": request.args.get("name", "world"), "items": items, "total": sum(i["price"] for i in items)}
    text = render(expand_loops(TEMPLATE, ctx), ctx)
    filled = text.format_map({"when": "today", "who": "me", "n": n})
    partial = "{a}-{b}-{c}".format_map(Missing({"a": 1, "c": 3}))
    return f"{filled}\n{partial}\n"
