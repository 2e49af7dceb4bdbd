# call: /
# call: /items/3
# call: /sum
# call: /all
# Views named like builtins (def list, def id, def sum) rebind those names
# in the app's module, as in CPython; the Flask machinery still uses the
# builtins.
# call: /missing
from flask import Flask, jsonify, url_for

app = Flask(__name__)


@app.route("/")
def list():
    return jsonify(items=[1, 2], link=url_for("id", n=3))


@app.route("/items/<int:n>")
def id(n):
    return {"n": n, "double": n * 2}


@app.route("/sum")
def sum():
    return str(len([1, 2, 3])) + " items"


@app.route("/all")
def all():
    return "all: " + ",".join(str(x) for x in range(3))
