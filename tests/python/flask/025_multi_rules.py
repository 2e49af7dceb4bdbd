# call: /
# call: /index
# call: /v/3
from flask import Flask

app = Flask(__name__)


@app.route("/")
@app.route("/index")
def index():
    return "index"


@app.route("/v/<int:n>")
def v(n):
    return {"n": n}
