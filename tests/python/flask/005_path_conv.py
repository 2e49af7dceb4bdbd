# call: /files/a/b/c.txt
# call: /files/readme
# call: /files/
# call: /files/x/y/meta
from flask import Flask

app = Flask(__name__)


@app.route("/files/<path:p>")
def files(p):
    return {"path": p, "parts": p.split("/")}


@app.route("/files/<path:p>/meta")
def meta(p):
    return "meta of " + p
