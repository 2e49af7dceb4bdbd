# call: /a
# call: /b
# call: /c
# call: /d
from flask import Flask

app = Flask(__name__)


@app.route("/a")
def a():
    return "made", 201


@app.route("/b")
def b():
    return "teapot", 418, {"X-Brew": "no"}


@app.route("/c")
def c():
    return "with headers", {"Content-Type": "text/plain"}


@app.route("/d")
def d():
    return {"ok": False}, 400
