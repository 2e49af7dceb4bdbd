# call: /user/me
# call: /user/42
# call: /user/bob
from flask import Flask

app = Flask(__name__)


@app.route("/user/<name>")
def by_name(name):
    return "name " + name


@app.route("/user/<int:uid>")
def by_id(uid):
    return "id " + str(uid)


@app.route("/user/me")
def me():
    return "it is me"
