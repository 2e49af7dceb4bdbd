# call: /items/
# call: /items
# call: /items?page=2
# call: /about
# call: /about/
from flask import Flask

app = Flask(__name__)


@app.route("/items/")
def items():
    return ["a", "b"]


@app.route("/about")
def about():
    return "about"
