# call: /items
# call: /items/sku-2
# call: /items/sku-9
# call: /items/sku-1/restock?qty=5
# call: /items/cheapest
# call: /items/sku-3/restock?qty=-1
from dataclasses import dataclass, field

from flask import Flask, jsonify, request, abort

app = Flask(__name__)


@dataclass(order=True)
class Item:
    price: float
    sku: str
    title: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: list = field(default_factory=list, compare=False)

    def to_dict(self):
        return {"price": self.price, "sku": self.sku, "title": self.title,
                "qty": self.qty, "tags": list(self.tags)}


INVENTORY = [
    Item(12.5, "sku-1", "Notebook", 4, ["paper"]),
    Item(3.25, "sku-2", "Pencil", 100),
    Item(49.0, "sku-3", "Backpack", 2, ["bag", "school"]),
]


def lookup(sku):
    for item in INVENTORY:
        if item.sku == sku:
            return item
    abort(404)


@app.route("/items")
def list_items():
    return jsonify([i.to_dict() for i in INVENTORY])


@app.route("/items/<sku>")
def get_item(sku):
    return jsonify(lookup(sku).to_dict())


@app.route("/items/cheapest")
def cheapest():
    item = min(INVENTORY)
    return {"cheapest": item.title, "repr": repr(item), "sorted": [i.sku for i in sorted(INVENTORY)]}


@app.route("/items/<sku>/restock")
def restock(sku):
    item = lookup(sku)
    qty = request.args.get("qty", 1, type=int)
    if qty < 1:
        return jsonify(error="qty must be positive"), 400
    item.qty += qty
    return jsonify(item.to_dict())
