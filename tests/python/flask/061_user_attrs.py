# call: /item
# call: /job
# call: /missing
# call: /bad
# call: /resp
# User objects whose attributes share names with a Flask response's or an
# HTTP error's (name, code, description, status_code, headers, data) keep
# them: only Flask's own objects answer those reads specially.
from flask import Flask, abort, jsonify, make_response

app = Flask(__name__)


class Item:
    def __init__(self, name, code):
        self.name = name
        self.code = code
        self.description = "an item called " + name
        self.data = {"n": len(name)}

    def rename(self, new):
        self.name = new
        self.code += 1
        return self


class Job:
    def __init__(self):
        self.status_code = 202
        self.headers = {"X-Job": "1"}


@app.route("/item")
def item():
    it = Item("lamp", 7).rename("desk lamp")
    return jsonify(name=it.name, code=it.code, description=it.description, data=it.data)


@app.route("/job")
def job():
    j = Job()
    j.status_code = 201
    return "job", j.status_code, j.headers


@app.route("/missing")
def missing():
    try:
        return str(ValueError("x").code)
    except AttributeError as e:
        return "no: " + str(e)


@app.route("/bad")
def bad():
    abort(418)


@app.errorhandler(418)
def teapot(e):
    return "code " + str(e.code) + " " + e.name, e.code


@app.route("/resp")
def resp():
    r = make_response("body")
    r.status_code = 203
    r.headers["X-A"] = "b"
    return r
