# call: /scale/2.5
# call: /scale/2
# call: /scale/x.5
from flask import Flask

app = Flask(__name__)


@app.route("/scale/<float:f>")
def scale(f):
    return {"f": f, "twice": f * 2}
