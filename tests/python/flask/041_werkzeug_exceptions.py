# call: /missing
# call: /gone
# call: /conflict
# call: /boom
# call: /teapot
# call: /check
# call: / -X DELETE
from flask import Flask, abort, jsonify
from werkzeug.exceptions import Conflict, HTTPException, NotFound

app = Flask(__name__)


@app.errorhandler(HTTPException)
def http_error(e):
    return jsonify(code=e.code, name=e.name, description=e.description), e.code


@app.errorhandler(NotFound)
def not_found(e):
    return {"missing": True, "text": str(e)}, 404


@app.errorhandler(Exception)
def anything(e):
    if isinstance(e, HTTPException):
        return e
    return {"error": "internal"}, 500


@app.route("/")
def index():
    return "home"


@app.route("/gone")
def gone():
    abort(410)


@app.route("/conflict")
def conflict():
    raise Conflict("already there")


@app.route("/boom")
def boom():
    return str(1 // 0)


@app.route("/teapot")
def teapot():
    abort(418)


@app.route("/check")
def check():
    try:
        raise NotFound()
    except Exception as e:
        return {"http": isinstance(e, HTTPException), "nf": isinstance(e, NotFound), "c": isinstance(e, Conflict)}
