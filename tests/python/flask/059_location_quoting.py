# call: /space
# call: /unicode
# call: /already
# call: /absolute
# call: /fragment
# call: /created
# The Location header as Werkzeug sends it: an IRI percent-encoded as
# UTF-8 in its path, query and fragment; a URI already quoted stays;
# the redirect page shows the location HTML-escaped.
from flask import Flask, redirect

app = Flask(__name__)


@app.route("/space")
def space():
    return redirect("/search results?q=two words")


@app.route("/unicode")
def unicode():
    return redirect("/café/menü?plat=crème brûlée")


@app.route("/already")
def already():
    return redirect("/a%20b?x=%C3%A9&y=1")


@app.route("/absolute")
def absolute():
    return redirect("http://example.com:8080/ä/b?c=d+e&f=[1]", 301)


@app.route("/fragment")
def fragment():
    return redirect("/page#section two")


@app.route("/created")
def created():
    return "made", 201, {"Location": "/items/ñ 1"}
