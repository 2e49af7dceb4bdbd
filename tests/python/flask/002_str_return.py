# call: /
# call: /hello/world
# call: /hello/
# call: / -X POST
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "Hello, World!"


@app.route("/hello/<name>")
def hello(name):
    return f"<p>Hello, {name}!</p>"
