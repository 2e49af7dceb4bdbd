# call: /old
# call: /perm
# call: /new
from flask import Flask, redirect

app = Flask(__name__)


@app.route("/old")
def old():
    return redirect("/new")


@app.route("/perm")
def perm():
    return redirect("/new", code=301)


@app.route("/new")
def new():
    return "new place"
