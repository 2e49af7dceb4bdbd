# call: / -d '{"a": [1, 2.5, -0.0, 1e400, true, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}, "a": 3}'
import json
from mayfly import request


def on_client_request():
    out = [repr(request.json()), "a,b,,c".rsplit(","), "a,b,,c".rsplit(",", 1), "  a b  c ".rsplit(), " a b c ".rsplit(None, 1), "x".rsplit("x")]
    for bad in ["", "[1,]", "{\"a\" 1}", "{'a': 1}", "[1 2]", "\"abc", "01", "[1.]", "\"\\q\"", "\n\n  nul", "{\"a\":1,}", "\"a\tb\"", "[-]", "\"\\ud800\""[:4]]:
        try:
            out.append(json.loads(bad))
        except ValueError as e:
            out.append(str(e))
    out.append(json.loads(" [1, -2, 3.25e2, 123456789012, \"\\\"\"] "))
    out.append(json.loads("-Infinity"))
    return repr(out)
