# call: /
# call: / -X POST -d '{"a": [1, 2.5e3, -0.125, true, null], "b": {"c": "x\u00e9\\n\"q\""}, "d": []}'
# call: / -X POST -d '{"a": [1, 2,, 3]}'
# A tokenizer and recursive-descent parser for a JSON-like language.
import json
from mayfly import request


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in " \t\r\n":
            i += 1
        elif ch in "{}[]:,":
            yield ("punct", ch, i)
            i += 1
        elif ch == '"':
            j, buf = i + 1, []
            while src[j] != '"':
                if src[j] == "\\":
                    esc = src[j + 1]
                    if esc == "u":
                        buf.append(chr(int(src[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[esc])
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            yield ("str", "".join(buf), i)
            i = j + 1
        elif ch == "-" or ch.isdigit():
            j = i + 1
            while j < len(src) and (src[j].isdigit() or src[j] in ".eE+-"):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if any(c in text for c in ".eE") else int(text), i)
            i = j
        else:
            for word, val in (("true", True), ("false", False), ("null", None)):
                if src.startswith(word, i):
                    yield ("lit", val, i)
                    i += len(word)
                    break
            else:
                raise ParseError(f"unexpected {ch!r}", i)
    yield ("eof", None, len(src))


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.k = 0

    def take(self, want=None):
        kind, val, pos = self.toks[self.k]
        if want is not None and val != want:
            raise ParseError(f"expected {want!r}, got {val!r}", pos)
        self.k += 1
        return kind, val, pos

    def value(self):
        kind, val, pos = self.take()
        if kind == "punct" and val == "[":
            items = []
            while self.toks[self.k][1] != "]":
                items.append(self.value())
                if self.toks[self.k][1] == ",":
                    self.take(",")
            self.take("]")
            return items
        if kind == "punct" and val == "{":
            obj = {}
            while self.toks[self.k][1] != "}":
                _, key, _ = self.take()
                self.take(":")
                obj[key] = self.value()
                if self.toks[self.k][1] == ",":
                    self.take(",")
            self.take("}")
            return obj
        if kind == "punct":
            raise ParseError(f"unexpected {val!r}", pos)
        return val


def on_client_request():
    src = request.body or '{"users": [{"name": "Ann", "age": 31, "tags": ["a", "b"]}, {"name": "Bo\\u00df", "ok": false}], "n": -12, "pi": 3.14159}'
    try:
        tree = Parser(src).value()
    except ParseError as e:
        return f"error: {e} (pos={e.pos}, args={e.args})", 400
    same = tree == json.loads(src)
    return f"{tree!r}\nagrees with json: {same}\n{json.dumps(tree, sort_keys=True, ensure_ascii=False)}\n"
