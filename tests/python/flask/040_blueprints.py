# call: /api/items
# call: /api/items/3
# call: /api/items -X POST
# call: /api/items/ -X DELETE
# call: /admin/
# call: /admin/users/ann
# call: /admin/missing
# call: /plain/x
from flask import Blueprint, Flask, jsonify, url_for

app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
admin = Blueprint("admin", __name__)
plain = Blueprint("plain", __name__)


@api.route("/items", methods=["GET", "POST"])
def items():
    return {"items": [1, 2], "self": url_for(".items"), "one": url_for("api.item", item_id=2)}


@api.get("/items/<int:item_id>")
def item(item_id):
    return jsonify(id=item_id, home=url_for("index"), user=url_for("admin.user", name="bo"))


@admin.route("/")
def dashboard():
    return "dashboard"


@admin.route("/users/<name>", endpoint="user")
def show_user(name):
    return {"name": name, "self": url_for(".user", name=name), "dash": url_for(".dashboard")}


@plain.route("/plain/<x>")
def px(x):
    return x


@app.route("/")
def index():
    return "index"


app.register_blueprint(api)
app.register_blueprint(admin, url_prefix="/admin/")
app.register_blueprint(plain)
