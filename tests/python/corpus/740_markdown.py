# call: /
# call: / -X POST -d '# Title\n\nSome *em* and **strong** text with `code`.\n\n- one\n- two [link](http://x.y/?a=1&b=2)\n\n> quoted <tag>\n\n1. first\n2. second\n\n---\nTail para\ncontinued'
# A small markdown-to-HTML converter: headings, lists, emphasis, code, links.
from mayfly import request

SAMPLE = """## Release notes
Version **2.1** brings *faster* builds & `--fast` flag.

* item alpha
* item **beta**
* item `gamma`

> Note: 3 < 4

1. install
2. run [docs](https://example.org/docs)
"""


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j > 0:
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if c == "*" or c == "`":
            j = text.find(c, i + 1)
            if j > 0:
                inner = text[i + 1:j]
                out.append(f"<em>{inline(inner)}</em>" if c == "*" else f"<code>{escape(inner)}</code>")
                i = j + 1
                continue
        if c == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close > 0 else -1
            if close > 0 and end > 0:
                label, href = text[i + 1:close], text[close + 2:end]
                out.append('<a href="{0}">{1}</a>'.format(escape(href), inline(label)))
                i = end + 1
                continue
        out.append(escape(c))
        i += 1
    return "".join(out)


def convert(src):
    html, para, lst = [], [], None

    def flush():
        nonlocal lst
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if lst:
            tag = lst[0]
            html.append(f"<{tag}>" + "".join(f"<li>{inline(x)}</li>" for x in lst[1:]) + f"</{tag}>")
            lst = None

    for raw in src.replace("\\n", "\n").splitlines():
        line = raw.rstrip()
        stripped = line.lstrip("#")
        level = len(line) - len(stripped)
        if not line:
            flush()
        elif 1 <= level <= 6 and stripped.startswith(" "):
            flush()
            html.append(f"<h{level}>{inline(stripped.strip())}</h{level}>")
        elif line[:2] in ("- ", "* ") or (line.split(". ", 1)[0].isdigit() and ". " in line):
            kind = "ul" if line[0] in "-*" else "ol"
            if para or (lst and lst[0] != kind):
                flush()
            if lst is None:
                lst = [kind]
            lst.append(line.partition(" ")[2])
        elif line.startswith(">"):
            flush()
            html.append(f"<blockquote>{inline(line[1:].strip())}</blockquote>")
        elif set(line) == {"-"} and len(line) >= 3:
            flush()
            html.append("<hr/>")
        else:
            para.append(line.strip())
    flush()
    return "\n".join(html)


def on_client_request():
    src = request.body if request.method == "POST" else SAMPLE
    return ("text/html", convert(src) + "\n")
