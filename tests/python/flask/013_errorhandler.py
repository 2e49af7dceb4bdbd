# call: /missing
# call: /boom
# call: /forbid
# call: /
from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.errorhandler(404)
def not_found(e):
    return jsonify(error="not found", detail=str(e)), 404


@app.errorhandler(403)
def forbidden(e):
    return "nope", 403


@app.route("/")
def index():
    return "home"


@app.route("/forbid")
def forbid():
    abort(403)


@app.route("/boom")
def boom():
    abort(404)
