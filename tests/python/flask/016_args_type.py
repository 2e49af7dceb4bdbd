# call: /page?n=3&size=x
# call: /page
# call: /page?n=-2&f=1.5
from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    n = request.args.get("n", 1, type=int)
    size = request.args.get("size", 10, type=int)
    f = request.args.get("f", 0.0, type=float)
    return {"n": n, "size": size, "f": f}
