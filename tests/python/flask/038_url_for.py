# call: /
# call: /go
# call: /go?to=profile
# call: /users/7
# call: /ext
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/")
def index():
    return {
        "index": url_for("index"),
        "user": url_for("user", user_id=42),
        "user_q": url_for("user", user_id=3, tab="posts", q="a b&c", n=None),
        "named": url_for("profile_page", name="José Smith/x"),
        "file": url_for("static_file", name="report", ext="pdf"),
        "anchor": url_for("index", _anchor="top"),
        "list": url_for("index", tag=["a", "b"]),
        "float": url_for("price", amount=2.5),
    }


@app.route("/users/<int:user_id>")
def user(user_id):
    return {"id": user_id, "self": url_for("user", user_id=user_id)}


@app.route("/profile/<name>", endpoint="profile_page")
def profile(name):
    return name


@app.route("/files/<name>.<ext>")
def static_file(name, ext):
    return name + "." + ext


@app.route("/price/<float:amount>")
def price(amount):
    return str(amount)


@app.route("/go")
def go():
    if request.args.get("to") == "profile":
        return redirect(url_for("profile_page", name="ann"))
    return redirect(url_for("user", user_id=1))


@app.route("/ext")
def ext():
    return url_for("user", user_id=5, _external=True)
