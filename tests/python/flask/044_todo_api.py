# call: /api/todos
# call: /api/todos?done=true
# call: /api/todos/2
# call: /api/todos/42
# call: /api/todos -X POST -H 'Content-Type: application/json' -d '{"title": "buy milk"}'
# call: /api/todos/1 -X PUT -H 'Content-Type: application/json' -d '{"title": "write report", "done": true}'
# call: /api/todos/3 -X DELETE
# call: /api/todos/1 -X PATCH
from flask import Flask, jsonify, request, abort, url_for

app = Flask(__name__)

todos = [
    {"id": 1, "title": "Write report", "done": False},
    {"id": 2, "title": "Call mom", "done": True},
    {"id": 3, "title": "Fix bike", "done": False},
]


def find_todo(todo_id):
    for todo in todos:
        if todo["id"] == todo_id:
            return todo
    abort(404, description=f"Todo {todo_id} doesn't exist")


@app.errorhandler(404)
def not_found(error):
    return jsonify({"error": "Not found", "message": error.description}), 404


@app.errorhandler(405)
def method_not_allowed(error):
    return jsonify(error="Method not allowed"), 405


@app.route("/api/todos", methods=["GET"])
def get_todos():
    done = request.args.get("done")
    result = todos
    if done is not None:
        wanted = done.lower() == "true"
        result = [t for t in todos if t["done"] == wanted]
    return jsonify({"todos": result, "count": len(result)})


@app.route("/api/todos/<int:todo_id>", methods=["GET"])
def get_todo(todo_id):
    return jsonify(find_todo(todo_id))


@app.route("/api/todos", methods=["POST"])
def create_todo():
    data = request.get_json()
    if not data or "title" not in data:
        abort(400)
    todo = {"id": todos[-1]["id"] + 1, "title": data["title"], "done": False}
    todos.append(todo)
    resp = jsonify(todo)
    resp.status_code = 201
    resp.headers["Location"] = url_for("get_todo", todo_id=todo["id"])
    return resp


@app.route("/api/todos/<int:todo_id>", methods=["PUT"])
def update_todo(todo_id):
    todo = find_todo(todo_id)
    data = request.get_json()
    todo["title"] = data.get("title", todo["title"])
    todo["done"] = bool(data.get("done", todo["done"]))
    return jsonify(todo)


@app.route("/api/todos/<int:todo_id>", methods=["DELETE"])
def delete_todo(todo_id):
    todo = find_todo(todo_id)
    todos.remove(todo)
    return "", 204
