# call: /echo -X POST -H 'Content-Type: application/json' -d '{"a": [1, 2], "b": "x"}'
# call: /echo -X POST -H 'Content-Type: text/plain' -d '{"a": 1}'
# call: /echo -X POST -H 'Content-Type: application/json' -d '{bad'
# call: /silent -X POST -H 'Content-Type: text/plain' -d 'hi'
# call: /force -X POST -d '{"k": 5}'
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/echo", methods=["POST"])
def echo():
    data = request.get_json()
    return jsonify(got=data)


@app.route("/silent", methods=["POST"])
def silent():
    return {"v": request.get_json(silent=True)}


@app.route("/force", methods=["POST"])
def force():
    return {"v": request.get_json(force=True)}
