# parse_qs and parse_qsl: '&' the only separator (3.10+), '+' and %-escapes
# decoded, blank values dropped or kept, names without '=', strict
# parsing's errors, max_num_fields, separator=, encoding= and errors=,
# bytes queries (bytes back), empty and None queries; round trips with
# urlencode.
from urllib.parse import parse_qs, parse_qsl, urlencode
import urllib.parse


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, UnicodeError, AttributeError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    qss = ["", "a=1", "a=1&b=2&a=3", "a=1;b=2", "a", "a=", "=", "=x", "&&a=1&&",
           "a=b=c", "sp=a+b%20c", "pct=%zz%4", "u=%C3%A9%E2%82%AC", "bad=%ff",
           "é=ü", "k+e+y=v+a+l", "x=1&x=&x=2&x"]
    for q in qss:
        out.append(repr(q))
        out.append("  " + repr(parse_qsl(q)) + " " + repr(parse_qsl(q, True)))
        out.append("  " + repr(parse_qs(q)) + " " + repr(parse_qs(q, keep_blank_values=True)))
    out.append(repr(parse_qsl("a=1;b=2", separator=";")))
    out.append(repr(parse_qs("a=1::b=2::a=", True, separator="::")))
    out.append(repr(parse_qsl("a=%E9", encoding="latin-1")))
    out.append(repr(parse_qsl("a=%E9&b=%ff", errors="ignore")))
    out.append(repr(parse_qsl(b"a=1&b=%20x+y&c")))
    out.append(repr(parse_qs(b"a=1&a=2", keep_blank_values=True)))
    out.append(repr(parse_qsl(None)))
    out.append(repr(parse_qs(None)))
    out.append(repr(parse_qsl("a=1&b=2", max_num_fields=2)))
    out.append(repr(parse_qsl("", max_num_fields=0)))
    out.append(repr(urllib.parse.parse_qsl("a=1", strict_parsing=True)))
    attempt(out, lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2))
    attempt(out, lambda: parse_qs("a=1&&b", max_num_fields=2))
    attempt(out, lambda: parse_qsl("a=1&b", strict_parsing=True))
    attempt(out, lambda: parse_qsl("a=1&&b=2", strict_parsing=True))
    attempt(out, lambda: parse_qs("a=1&bé", strict_parsing=True, keep_blank_values=True))
    attempt(out, lambda: parse_qsl("a=1", separator=""))
    attempt(out, lambda: parse_qsl("a=1", separator=None))
    attempt(out, lambda: parse_qsl(5))
    attempt(out, lambda: parse_qsl(b"a=\xff"))
    attempt(out, lambda: parse_qsl(b"a=%ff"))
    pairs = [("name", "Zoë Ω"), ("tags", "a&b"), ("eq", "x=y"), ("plus", "1+1"), ("e", "")]
    assert parse_qsl(urlencode(pairs), keep_blank_values=True) == pairs
    assert parse_qs(urlencode({"k": ["1", "2"]}, doseq=True)) == {"k": ["1", "2"]}
    out.append("round trips ok")
    return "\n".join(out) + "\n"
