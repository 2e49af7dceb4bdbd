# call: /q?x=1&x=2&y=
# call: /q?z=a%20b&w=c+d
from flask import Flask, request

app = Flask(__name__)


@app.route("/q")
def q():
    return {"x": request.args.get("x"), "y": request.args.get("y"), "z": request.args.get("z"), "w": request.args.get("w")}
