# call: /
# call: /json
# call: /status
from flask import Flask, make_response, jsonify

app = Flask(__name__)


@app.route("/")
def index():
    resp = make_response("body text")
    resp.headers["X-Custom"] = "yes"
    resp.status_code = 202
    return resp


@app.route("/json")
def js():
    resp = jsonify({"a": 1})
    resp.status_code = 201
    resp.headers["Location"] = "/json/1"
    return resp


@app.route("/status")
def st():
    resp = make_response("x", 404)
    return {"code": resp.status_code} if False else resp
