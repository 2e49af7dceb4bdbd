# call: /squares/4
# call: /empty
from flask import Flask

app = Flask(__name__)


@app.route("/squares/<int:n>")
def squares(n):
    return [i * i for i in range(n)]


@app.route("/empty")
def empty():
    return []
