# call: /tags?t=a&t=b&t=c%20d&x=1
# call: /tags
# call: /nums?n=1&n=x&n=3
# call: /page?n=abc
# call: /page?n=7
# call: /form -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'k=1&k=2&j=3'
# call: /values?a=1&b=2
# call: /values?a=1 -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'a=9&c=3'
# call: /values?a=1 -X PUT -H 'Content-Type: application/x-www-form-urlencoded' -d 'c=3'
from flask import Flask, request

app = Flask(__name__)


@app.route("/tags")
def tags():
    return {"tags": request.args.getlist("t"), "none": request.args.getlist("zz")}


@app.route("/nums")
def nums():
    args = request.args
    return {"n": args.getlist("n", type=int)}


@app.route("/page")
def page():
    return {"n": request.args.get("n", 5, type=int), "m": request.args.get("m", "d")}


@app.route("/form", methods=["POST"])
def form():
    return {"k": request.form.getlist("k"), "j": request.form.getlist("j", type=int)}


@app.route("/values", methods=["GET", "POST", "PUT"])
def values():
    v = request.values
    return {"a": v.get("a"), "b": v.get("b"), "c": v.get("c"), "all_a": v.getlist("a")}
