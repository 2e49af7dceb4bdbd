# A recursive-descent calculator: tokenizer generator, precedence, variables, errors.


class CalcError(Exception):
    pass


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if "." in text else int(text))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("name", src[i:j])
            i = j
        elif src.startswith("**", i):
            yield ("op", "**")
            i += 2
        elif ch in "+-*/%()=":
            yield ("op", ch)
            i += 1
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    yield ("end", None)


class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()

    def expr(self):
        val = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            val = val + self.term() if op == "+" else val - self.term()
        return val

    def term(self):
        val = self.power()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%" and self.peek()[1] != "**":
            op = self.take()[1]
            rhs = self.power()
            try:
                val = {"*": lambda: val * rhs, "/": lambda: val / rhs, "%": lambda: val % rhs}[op]()
            except ZeroDivisionError as e:
                raise CalcError(f"division by zero ({e})") from e
        return val

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        tok = self.take()
        if tok[0] == "num":
            return tok[1]
        if tok[0] == "name":
            if tok[1] not in self.env:
                raise CalcError(f"unknown variable {tok[1]}")
            return self.env[tok[1]]
        if tok == ("op", "("):
            val = self.expr()
            self.take("op", ")")
            return val
        raise CalcError(f"unexpected {tok[1]!r}")


def on_client_request():
    env = {"pi": 3.14159}
    out = []
    for line in ["x = 2 + 3 * 4", "y = (x - 4) ** 2 ** 2 / 3", "x % 5 - -y", "2 ** 100",
                 "r = 1.5", "pi * r ** 2", "10 / (x - 14)", "z + 1", "3 $ 4", "(1 + 2",
                 "7 // 2", "-2 ** 2"]:
        try:
            out.append(f"{line:<28} => {Parser(line, env).statement()!r}")
        except CalcError as e:
            out.append(f"{line:<28} !! {e}")
    out.append(str(sorted(env.items())))
    return "\n".join(out)
