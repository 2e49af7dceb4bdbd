# call: /only-get -X POST
# call: /crash
from flask import Flask

app = Flask(__name__)


@app.errorhandler(405)
def not_allowed(e):
    return {"error": "method"}, 405


@app.errorhandler(500)
def internal(e):
    return {"error": "internal"}, 500


@app.route("/only-get")
def only_get():
    return "ok"


@app.route("/crash")
def crash():
    return {"x": 1 // 0}
