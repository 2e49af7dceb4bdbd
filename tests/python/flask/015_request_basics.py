# call: /info/x?a=1&b=two
# call: /info/y -X POST
# call: /info/z
from flask import Flask, request

app = Flask(__name__)


@app.route("/info/<name>", methods=["GET", "POST"])
def info(name):
    return {
        "name": name,
        "method": request.method,
        "path": request.path,
        "full_path": request.full_path,
        "a": request.args.get("a"),
        "b": request.args.get("b", "dflt"),
    }
