# call: /render -X POST -d '# Title\n\nText'
# call: /render -X POST -d 'plain paragraph'
# call: /preview?text=Hello+**world**
# call: /preview
# call: /render -X POST -H 'Content-Type: text/markdown' -d '## Sub & <tags>'
# call: /doc/readme
# call: /doc/missing
from flask import Flask, request, abort, make_response

app = Flask(__name__)

DOCS = {
    "readme": "# Mayfly notes\n\nSome *emphasis* and **strong** text.\n\n- one\n- two `code`\n\n## End\nbye",
}


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out = escape(text)
    for marker, tag in (("**", "strong"), ("*", "em"), ("`", "code")):
        parts = out.split(marker)
        if len(parts) >= 3:
            rebuilt = parts[0]
            for i, part in enumerate(parts[1:], start=1):
                rebuilt += (f"<{tag}>" if i % 2 else f"</{tag}>") + part
            out = rebuilt
    return out


def render(markdown):
    html, in_list = [], False
    for block in markdown.split("\n\n"):
        for line in block.splitlines():
            stripped = line.strip()
            if stripped.startswith("- "):
                if not in_list:
                    html.append("<ul>")
                    in_list = True
                html.append(f"  <li>{inline(stripped[2:])}</li>")
                continue
            if in_list:
                html.append("</ul>")
                in_list = False
            level = len(stripped) - len(stripped.lstrip("#"))
            if 0 < level <= 6 and stripped[level:level + 1] == " ":
                html.append(f"<h{level}>{inline(stripped[level + 1:])}</h{level}>")
            elif stripped:
                html.append(f"<p>{inline(stripped)}</p>")
    if in_list:
        html.append("</ul>")
    return "\n".join(html) + "\n"


@app.route("/render", methods=["POST"])
def render_body():
    return render(request.get_data(as_text=True))


@app.route("/preview")
def preview():
    text = request.args.get("text")
    if not text:
        return "<p><i>nothing to preview</i></p>", 200
    return render(text)


@app.route("/doc/<name>")
def doc(name):
    if name not in DOCS:
        abort(404, description=f"no document named <{name}>")
    resp = make_response(render(DOCS[name]))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    resp.headers["X-Doc"] = name
    return resp
