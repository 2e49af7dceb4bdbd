# call: /div
# call: /key
# call: /missing-route
# call: /abort
# call: /value
# call: /ok
# call: /teapot
from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def any_error(e):
    return jsonify(kind="exception", msg=str(e)), 500


@app.errorhandler(KeyError)
def key_error(e):
    return {"kind": "key", "msg": str(e)}, 400


@app.errorhandler(LookupError)
def lookup_error(e):
    return {"kind": "lookup"}, 409


@app.errorhandler(418)
def teapot(e):
    return {"code": e.code, "name": e.name, "description": e.description}


@app.route("/div")
def div():
    return str(1 // 0)


@app.route("/key")
def key():
    return {}["nope"]


@app.route("/abort")
def ab():
    abort(403)


@app.route("/value")
def value():
    return str(int("x"))


@app.route("/ok")
def ok():
    return "fine"


@app.route("/teapot")
def tea():
    abort(418, "short & stout")
