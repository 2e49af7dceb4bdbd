# call: /div/0
# call: /div/4
# call: /key
from flask import Flask

app = Flask(__name__)


@app.route("/div/<int:n>")
def div(n):
    return {"r": 100 // n}


@app.route("/key")
def key():
    d = {}
    return d["missing"]
