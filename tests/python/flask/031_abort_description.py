# call: /x
from flask import Flask, abort

app = Flask(__name__)


@app.route("/x")
def x():
    abort(422, "Field name is missing")
