# call: /q?a=1
# call: /q
# call: /alias?name=x
# call: /alias
# call: /caught
# call: /form -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'name=ann'
# call: /form -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'other=1'
# call: /header -H 'X-Token: abc'
# call: /header
# call: /cookie -H 'Cookie: sid=42'
# call: /cookie
# call: /plain
# call: /json -X POST -H 'Content-Type: text/plain' -d '{"a": 1}'
# call: /json -X POST -H 'Content-Type: application/json' -d '{"a": '
# call: /json -X POST -H 'Content-Type: application/json' -d '{"a": 1}'
# call: /json -X POST -H 'Content-Type: application/json' -d '{"b": 1}'
# call: /silent -X POST -H 'Content-Type: text/plain' -d 'x'
# call: /values?a=1
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/q")
def q():
    return {"a": request.args["a"]}


@app.route("/alias")
def alias():
    args = request.args
    return "hello " + args["name"]


@app.route("/caught")
def caught():
    try:
        v = request.args["missing"]
    except KeyError:
        v = "caught"
    return v


@app.route("/form", methods=["POST"])
def form():
    return jsonify(name=request.form["name"])


@app.route("/header")
def header():
    return request.headers["X-Token"]


@app.route("/cookie")
def cookie():
    return request.cookies["sid"]


@app.route("/plain")
def plain():
    d = {"a": 1}
    return str(d["b"])


@app.route("/json", methods=["POST"])
def js():
    data = request.get_json()
    return {"a": data["a"]}


@app.route("/silent", methods=["POST"])
def silent():
    return {"data": request.get_json(silent=True)}


@app.route("/values")
def values():
    return request.values["b"]
