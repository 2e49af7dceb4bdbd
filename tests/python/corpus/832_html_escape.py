# html.escape: & < > always, " and ' with quote (the default) and any
# truthy value, non-ASCII text untouched, and CPython's errors for
# bytes and other types.
import html
from html import escape


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, AttributeError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    every = "".join(chr(i) for i in range(128))
    out.append(escape(every))
    out.append(escape(every, False))
    samples = ["", "plain", "<script>alert('x')</script>", 'a="b" & c', "&amp;", "café <€> 😀 '&'", "<<>>&&\"\"''"]
    for s in samples:
        out.append(html.escape(s))
        out.append(html.escape(s, quote=False))
        out.append(escape(s, 0))
        out.append(escape(s, "yes"))
        out.append(repr(len(escape(s))))
    title = escape('say "hi"')
    out.append(f"<a title=\"{title}\">{escape('1 < 2')}</a>")
    attempt(out, lambda: escape(5))
    attempt(out, lambda: escape(None))
    attempt(out, lambda: escape(b"<b>"))
    attempt(out, lambda: escape(["<"]))
    attempt(out, lambda: escape(s="<x>"))
    return "\n".join(out)
