# call: /calc/add?a=2&b=3.5
# call: /calc/div?a=1&b=0
# call: /calc/pow?a=2&b=10
# call: /calc/mod?a=7
# call: /calc/sqrt?a=2
# call: /calc -X POST -H 'Content-Type: application/json' -d '{"expr": [3, "+", 4, "*", 2, "-", 10, "/", 4]}'
# call: /calc -X POST -H 'Content-Type: application/json' -d '{"expr": [1, "^", 2]}'
# call: /calc/avg?n=3&n=4&n=x&n=8
import math
import operator

from flask import Flask, jsonify, request, abort

app = Flask(__name__)

OPS = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "div": operator.truediv,
    "pow": operator.pow,
    "mod": operator.mod,
}
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
SYMBOLS = {"+": "add", "-": "sub", "*": "mul", "/": "div"}


@app.route("/calc/<op>")
def binary(op):
    a = request.args.get("a", type=float)
    if op == "sqrt":
        return jsonify(op=op, result=math.sqrt(a))
    b = request.args.get("b", type=float)
    if op not in OPS:
        abort(404, f"unknown operation {op!r}")
    if a is None or b is None:
        return jsonify(error="both 'a' and 'b' must be numbers"), 400
    try:
        result = OPS[op](a, b)
    except ZeroDivisionError as exc:
        return jsonify(error=str(exc)), 400
    if result == int(result):
        result = int(result)
    return jsonify(op=op, a=a, b=b, result=result)


@app.route("/calc/avg")
def average():
    nums = request.args.getlist("n", type=float)
    return {"count": len(nums), "mean": sum(nums) / len(nums) if nums else None, "max": max(nums, default=None)}


def evaluate(tokens):
    values, ops = [], []

    def apply():
        right, left = values.pop(), values.pop()
        values.append(OPS[SYMBOLS[ops.pop()]](left, right))

    for tok in tokens:
        if isinstance(tok, (int, float)):
            values.append(tok)
        elif tok in PRECEDENCE:
            while ops and PRECEDENCE[ops[-1]] >= PRECEDENCE[tok]:
                apply()
            ops.append(tok)
        else:
            raise ValueError(f"bad token: {tok}")
    while ops:
        apply()
    return values[0]


@app.route("/calc", methods=["POST"])
def expression():
    tokens = request.json["expr"]
    try:
        return jsonify(expr=" ".join(str(t) for t in tokens), result=evaluate(tokens))
    except ValueError as exc:
        return jsonify(error=str(exc)), 422
