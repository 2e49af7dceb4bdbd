# call: /
# call: /list
# call: /kw
# call: /none
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/")
def index():
    return jsonify({"z": 1, "a": [1, 2.5, None, True], "m": "caf\u00e9 \u2603", "q": "\"quoted\""})


@app.route("/list")
def lst():
    return jsonify([3, 2, 1])


@app.route("/kw")
def kw():
    return jsonify(status="ok", count=3)


@app.route("/none")
def none():
    return jsonify(None)
