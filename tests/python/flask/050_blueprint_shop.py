# call: /
# call: /shop/products
# call: /shop/products/2
# call: /shop/products/99
# call: /shop/cart -X POST -H 'Content-Type: application/json' -d '{"product_id": 1, "qty": 3}'
# call: /admin/
# call: /admin/products/1/edit
# call: /shop/products/
from flask import Blueprint, Flask, abort, jsonify, request, url_for

shop = Blueprint("shop", __name__, url_prefix="/shop")
admin = Blueprint("admin", __name__)

PRODUCTS = {
    1: {"name": "Mug", "price": 8.5},
    2: {"name": "T-shirt", "price": 19.99},
    3: {"name": "Sticker pack", "price": 3.0},
}


def product_json(pid):
    p = PRODUCTS[pid]
    return {"id": pid, "name": p["name"], "price": p["price"],
            "url": url_for("shop.product_detail", product_id=pid)}


@shop.route("/products")
def product_list():
    return jsonify(products=[product_json(pid) for pid in PRODUCTS],
                   cart=url_for(".add_to_cart"))


@shop.route("/products/<int:product_id>")
def product_detail(product_id):
    if product_id not in PRODUCTS:
        abort(404, description="No such product")
    return jsonify(product_json(product_id))


@shop.post("/cart")
def add_to_cart():
    item = request.get_json()
    pid = item["product_id"]
    qty = item.get("qty", 1)
    total = round(PRODUCTS[pid]["price"] * qty, 2)
    return jsonify(product=product_json(pid), qty=qty, total=total), 201


@admin.route("/")
def dashboard():
    links = [url_for("admin.edit_product", product_id=pid) for pid in PRODUCTS]
    return "<h1>Admin</h1><ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in links) + "</ul>"


@admin.route("/products/<int:product_id>/edit", methods=["GET", "POST"])
def edit_product(product_id):
    return f"Editing {PRODUCTS[product_id]['name']} (back: {url_for('.dashboard')})"


main = Blueprint("main", __name__)


@main.route("/")
def index():
    return {"shop": url_for("shop.product_list"), "admin": url_for("admin.dashboard"),
            "mug": url_for("shop.product_detail", product_id=1, ref="home")}


app = Flask(__name__)
app.register_blueprint(shop)
app.register_blueprint(admin, url_prefix="/admin")
app.register_blueprint(main)
