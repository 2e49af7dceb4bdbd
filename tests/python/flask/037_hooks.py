# call: /
# call: /blocked
# call: /missing
# call: /crash
# call: /json
# call: /text
# call: /missing -X POST
from flask import Flask, g, request, jsonify

app = Flask(__name__)


@app.before_request
def load_user():
    g.user = request.args.get("user", "anon")
    g.calls = ["first"]


@app.before_request
def block():
    g.calls.append("second")
    if request.path == "/blocked":
        return {"blocked": True, "calls": g.calls}, 403


# after_request functions run last registered first: 202 becomes 201.
@app.after_request
def mark(resp):
    if resp.status_code == 202:
        resp.status_code = 201
    return resp


@app.after_request
def mark2(resp):
    if request.path == "/json":
        resp.status_code = 202
    if request.path == "/text":
        resp.headers["Content-Type"] = "text/plain"
    return resp


@app.teardown_request
def teardown(exc):
    g.torn = exc


@app.route("/")
def index():
    return {"user": g.user, "calls": g.calls, "has": "user" in g, "other": g.get("other", "none")}


@app.route("/crash")
def crash():
    return str(g.nothing)


@app.route("/json")
def js():
    return jsonify(calls=g.calls)


@app.route("/text")
def text():
    return "plain"
