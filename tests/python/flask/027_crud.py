# call: /todos
# call: /todos/2
# call: /todos/9
# call: /todos -X POST -H 'Content-Type: application/json' -d '{"title": "new"}'
# call: /todos -X POST -H 'Content-Type: application/json' -d '{}'
# call: /todos/1 -X DELETE
from flask import Flask, jsonify, request, abort

app = Flask(__name__)
TODOS = {1: {"id": 1, "title": "a", "done": False}, 2: {"id": 2, "title": "b", "done": True}}


@app.get("/todos")
def list_todos():
    return jsonify([TODOS[k] for k in sorted(TODOS)])


@app.get("/todos/<int:tid>")
def get_todo(tid):
    if tid not in TODOS:
        abort(404)
    return TODOS[tid]


@app.post("/todos")
def create():
    data = request.get_json()
    if "title" not in data:
        return jsonify(error="title required"), 400
    t = {"id": 3, "title": data["title"], "done": False}
    TODOS[3] = t
    return t, 201


@app.delete("/todos/<int:tid>")
def delete(tid):
    TODOS.pop(tid)
    return "", 204
