# str.split, rsplit and strip without arguments use str.isspace's
# whitespace (Unicode's, \x1c-\x1f too); strip with chars removes whole
# characters, never part of a UTF-8 sequence; CPython's TypeError for a
# chars argument that is not a str.
def on_client_request():
    out = []
    for f in [lambda: 'a\x1cb'.split(), lambda: '\x1c a \x1f'.strip(), lambda: 'éxé'.strip('é'), lambda: 'Ãé'.strip('Ã'),
              lambda: "  a b  c ".split(None, 1), lambda: "  a b  c ".rsplit(None, 1), lambda: "\u3000x\u3000y\u3000".rsplit(),
              lambda: "xx€yy€".rstrip("€"), lambda: "€€ab".lstrip("€a"), lambda: "abc".strip(""), lambda: "".strip(), lambda: "   ".split(),
              lambda: 'x'.strip(5), lambda: 'x'.rstrip(b"x")]:
        try:
            out.append(repr(f()))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return "\n".join(out)
