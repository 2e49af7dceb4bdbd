# call: /repo/mayfly/issues/5
# call: /repo/mayfly/issues/x
from flask import Flask

app = Flask(__name__)


@app.route("/repo/<owner>/issues/<int:num>")
def issue(owner, num):
    return {"owner": owner, "num": num}
