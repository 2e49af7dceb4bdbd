# string.Template against 200 generated templates (delimiters, braces,
# identifiers, newlines, non-ASCII): substitute's result or error,
# safe_substitute, is_valid and get_identifiers as CPython's.
from string import Template

PIECES = ["$", "$$", "${", "}", "a", "b_1", "ab", "${a}", "${b_1}", "$a", "$b_1", "$1", "x", " ",
          "\n", "\r\n", "é", "{", "$é", "$_", "${_}", "$A", "${ a}", "\u2028", "$$a"]
state = 4242


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def on_client_request():
    out = []
    values = {"a": 1, "b_1": "two", "_": None, "A": 3.5}
    for i in range(200):
        t = Template("".join(PIECES[rand(len(PIECES))] for _ in range(rand(12) + 1)))
        try:
            s = t.substitute(values)
        except (KeyError, ValueError) as e:
            s = type(e).__name__ + ": " + str(e)
        out.append(repr((s, t.safe_substitute(a="A"), t.is_valid(), t.get_identifiers())))
    return "\n".join(out)
