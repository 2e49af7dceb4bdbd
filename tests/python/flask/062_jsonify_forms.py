# call: /point
# call: /nested
# call: /many
# call: /plain
# call: /bad
# jsonify as Flask's JSON provider has it: a dataclass serialised as
# dataclasses.asdict (nested in lists and dicts too), several positional
# arguments as one list, and a value JSON cannot take a TypeError (500).
from dataclasses import dataclass, field
from flask import Flask, jsonify

app = Flask(__name__)


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    tags: tuple = ()


@app.route("/point")
def point():
    return jsonify(Point(1, 2))


@app.route("/nested")
def nested():
    s = Shape("tri", [Point(0, 0), Point(3, 0), Point(0, 4)], ("a", "b"))
    return jsonify({"shape": s, "count": 3, "more": [Shape("dot")]})


@app.route("/many")
def many():
    return jsonify(1, "two", [3], Point(4, 5))


@app.route("/plain")
def plain():
    return jsonify([1, 2.5, None, True, {"k": "v"}])


class Opaque:
    pass


@app.route("/bad")
def bad():
    return jsonify({"o": Opaque()})
