# call: /file/report.pdf
# call: /file/archive.tar.gz
# call: /file/noext
# call: /v2/items
# call: /vx/items
# call: /offset/-5
# call: /offset/7
# call: /temp/-1.5
# call: /lang/en
# call: /lang/eng
# call: /page/about
# call: /page/other
# call: /r/10x20
# call: /r/10x
from flask import Flask

app = Flask(__name__)


@app.route("/file/<name>.<ext>")
def file(name, ext):
    return {"name": name, "ext": ext}


@app.route("/v<int:version>/items")
def items(version):
    return {"version": version}


@app.route("/offset/<int(signed=True):n>")
def offset(n):
    return {"n": n}


@app.route("/temp/<float(signed=True):t>")
def temp(t):
    return {"t": t}


@app.route("/lang/<string(length=2):code>")
def lang(code):
    return code


@app.route("/page/<any(about, help):name>")
def page(name):
    return name


@app.route("/r/<int:w>x<int:h>")
def rect(w, h):
    return {"area": w * h}
