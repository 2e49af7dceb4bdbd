# call: /
# call: /old-blog/hello-world
# call: /login?next=/dashboard
# call: /login?next=https://evil.example/
# call: /go/docs
# call: /go/nowhere
# call: /moved -X POST
# call: /dashboard
from flask import Flask, redirect, url_for, request, abort

app = Flask(__name__)

SHORTCUTS = {
    "docs": "https://flask.palletsprojects.com/en/stable/",
    "search": "https://duckduckgo.com/?q=flask+redirect&ia=web",
    "home": "/",
}


@app.route("/")
def index():
    return redirect(url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    return "<h1>Dashboard</h1>"


@app.route("/blog/<slug>")
def post(slug):
    return f"<article>{slug.replace('-', ' ').title()}</article>"


@app.route("/old-blog/<slug>")
def old_post(slug):
    return redirect(url_for("post", slug=slug), code=301)


@app.route("/login")
def login():
    target = request.args.get("next", "")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("index")
    return redirect(target)


@app.route("/go/<name>")
def shortcut(name):
    if name not in SHORTCUTS:
        abort(404)
    return redirect(SHORTCUTS[name], 307)


@app.route("/moved", methods=["POST"])
def moved():
    return redirect(url_for("post", slug="new home", page=2), code=308)
