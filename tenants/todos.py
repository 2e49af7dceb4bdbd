# A small JSON CRUD API in Flask style. The data lives in module state: it
# is built at load and every request starts from it again (mayfly runs each
# request in a fresh instance), so writes last for one request only.
from flask import Flask, jsonify, request, abort

app = Flask(__name__)

TODOS = {
    1: {"id": 1, "title": "write the compiler", "done": True},
    2: {"id": 2, "title": "serve Flask apps", "done": False},
}


@app.errorhandler(404)
def not_found(e):
    return jsonify(error="not found"), 404


@app.get("/todos")
def list_todos():
    done = request.args.get("done", None, type=int)
    items = [TODOS[k] for k in sorted(TODOS)]
    if done is not None:
        items = [t for t in items if t["done"] == bool(done)]
    return jsonify(items)


@app.get("/todos/<int:tid>")
def get_todo(tid):
    if tid not in TODOS:
        abort(404)
    return TODOS[tid]


@app.post("/todos")
def create_todo():
    data = request.get_json()
    if not isinstance(data, dict) or "title" not in data:
        return jsonify(error="a JSON object with a title is required"), 400
    tid = max(TODOS) + 1
    todo = {"id": tid, "title": data["title"], "done": bool(data.get("done", False))}
    TODOS[tid] = todo
    return todo, 201, {"Location": f"/todos/{tid}"}


@app.patch("/todos/<int:tid>")
def update_todo(tid):
    if tid not in TODOS:
        abort(404)
    data = request.get_json()
    TODOS[tid].update(data)
    return TODOS[tid]


@app.delete("/todos/<int:tid>")
def delete_todo(tid):
    if tid not in TODOS:
        abort(404)
    del TODOS[tid]
    return "", 204
