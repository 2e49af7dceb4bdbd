# call: /users -X POST -H 'Content-Type: application/json' -d '{"username": "ada", "email": "ada@example.com", "age": 36}'
# call: /users -X POST -H 'Content-Type: application/json' -d '{"username": "a", "email": "nope", "age": "old"}'
# call: /users -X POST -H 'Content-Type: application/json' -d '[1, 2, 3]'
# call: /users -X POST -H 'Content-Type: application/json' -d '{"username": "bob"'
# call: /users -X POST -d 'username=bob'
# call: /users -X POST -H 'Content-Type: application/json' -d '{"username": "root", "email": "r@x.io", "tags": ["a", 5]}'
# call: /users -X POST -H 'Content-Type: application/json; charset=utf-8' -d '{"username": "zoë", "email": "z@x.io", "age": 17.5}'
from flask import Flask, jsonify, request

app = Flask(__name__)

SCHEMA = {
    "username": {"type": str, "required": True, "min": 3},
    "email": {"type": str, "required": True},
    "age": {"type": int, "required": False},
    "tags": {"type": list, "required": False},
}
RESERVED = {"root", "admin"}


def validate(data):
    errors = {}
    for field, rules in SCHEMA.items():
        if field not in data:
            if rules["required"]:
                errors[field] = "This field is required."
            continue
        value = data[field]
        if not isinstance(value, rules["type"]) or isinstance(value, bool):
            errors[field] = f"Expected {rules['type'].__name__}, got {type(value).__name__}."
            continue
        if "min" in rules and len(value) < rules["min"]:
            errors[field] = f"Must be at least {rules['min']} characters."
    if "email" in data and "email" not in errors and "@" not in data["email"]:
        errors["email"] = "Not a valid email address."
    if isinstance(data.get("tags"), list) and not all(isinstance(t, str) for t in data["tags"]):
        errors["tags"] = "All tags must be strings."
    if data.get("username") in RESERVED:
        errors.setdefault("username", "That username is reserved.")
    return errors


@app.errorhandler(400)
def bad_request(e):
    return jsonify(error="bad request", detail=e.description), 400


@app.errorhandler(415)
def unsupported(e):
    return jsonify(error="unsupported media type"), 415


@app.route("/users", methods=["POST"])
def create_user():
    data = request.get_json()
    if not isinstance(data, dict):
        return jsonify(error="JSON body must be an object"), 400
    errors = validate(data)
    if errors:
        return jsonify(errors=errors), 422
    user = {"id": 1, **{k: data[k] for k in SCHEMA if k in data}}
    return jsonify(user), 201
