# call: /boom
# call: /desc
# call: /lookup
# call: /badcode
# call: /resp
# call: /nested
from flask import Flask, abort, make_response

app = Flask(__name__)


@app.errorhandler(500)
def internal(e):
    return {"code": e.code, "original": str(e.original_exception)}, 500


@app.errorhandler(400)
def bad(e):
    return e


@app.route("/boom")
def boom():
    raise ValueError("bad value")


@app.route("/desc")
def desc():
    abort(400, "Need <b>x</b> & \"y\"\nsecond line")


@app.route("/lookup")
def lookup():
    abort(499)


@app.route("/badcode")
def badcode():
    return "x", 200, {"Content-Type": "text/plain"}


@app.route("/resp")
def resp():
    abort(make_response({"why": "custom"}, 402))


@app.route("/nested")
def nested():
    try:
        abort(404)
    except Exception as e:
        return "caught: " + str(e)
