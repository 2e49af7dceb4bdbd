# A small expression tokenizer and recursive-descent parser with token
# and AST node classes, evaluation by a visitor method per node type,
# and syntax errors as a user exception with a position.
class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.value}"


class Num:
    def __init__(self, v):
        self.v = v


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


def tokenize(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(Token("num", int(text[i:j]), i))
            i = j
        elif ch in "+-*/()":
            out.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(i, f"unexpected {ch!r}")
    out.append(Token("end", None, len(text)))
    return out


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            node = BinOp(self.take().value, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek().value in ("*", "/"):
            node = BinOp(self.take().value, node, self.atom())
        return node

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(t.value)
        if t.value == "(":
            node = self.expr()
            if self.take().value != ")":
                raise ParseError(t.pos, "unclosed paren")
            return node
        raise ParseError(t.pos, f"unexpected {t!r}")


class Evaluator:
    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__)(node)

    def visit_Num(self, node):
        return node.v

    def visit_BinOp(self, node):
        a = self.visit(node.left)
        b = self.visit(node.right)
        if node.op == "+":
            return a + b
        if node.op == "-":
            return a - b
        if node.op == "*":
            return a * b
        return a // b


def on_client_request():
    out = []
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5", "1 + ", "4 $ 2", "(1 + 2"]:
        try:
            out.append([src, Evaluator().visit(Parser(tokenize(src)).expr())])
        except ParseError as e:
            out.append([src, str(e), e.pos])
    out.append(tokenize("12+3"))
    return "\n".join(str(x) for x in out) + "\n"
