# call: /items/7
# call: /items/abc
# call: /items/-3
# call: /items/42/double
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/items/<int:item_id>")
def item(item_id):
    return jsonify({"id": item_id, "next": item_id + 1})


@app.route("/items/<int:n>/double")
def double(n):
    return {"n": n * 2}
