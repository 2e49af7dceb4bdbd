# call: /thing
# call: /thing -X POST
# call: /thing -X PUT
# call: /thing -X DELETE
# call: /thing -X OPTIONS
from flask import Flask, request

app = Flask(__name__)


@app.route("/thing", methods=["GET", "POST"])
def thing():
    if request.method == "POST":
        return "created", 201
    return "got"


@app.route("/thing", methods=["PUT"])
def put_thing():
    return {"replaced": True}
