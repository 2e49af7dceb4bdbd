# call: /secret
# call: /bad
# call: /gone
# call: /ok/1
# call: /ok/0
from flask import Flask, abort

app = Flask(__name__)


@app.route("/secret")
def secret():
    abort(403)


@app.route("/bad")
def bad():
    abort(400)


@app.route("/gone")
def gone():
    abort(410)


@app.route("/ok/<int:flag>")
def ok(flag):
    if flag == 0:
        abort(404)
    return "fine"
