# An inventory service in dataclasses: items ordered by a sort key,
# totals through methods, validation in __post_init__ raising a user
# exception, and JSON output through dicts built from the fields.
import json
from dataclasses import dataclass, field


class InventoryError(ValueError):
    pass


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    price: float = field(default=0.0, compare=False)

    def __post_init__(self):
        if self.qty < 0:
            raise InventoryError(f"negative quantity for {self.sku}")

    def value(self):
        return round(self.qty * self.price, 2)

    def to_dict(self):
        return {"sku": self.sku, "name": self.name, "qty": self.qty, "value": self.value()}


@dataclass
class Inventory:
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total(self):
        return round(sum(i.value() for i in self.items), 2)

    def low_stock(self, limit):
        return sorted(i for i in self.items if i.qty < limit)


def on_client_request():
    inv = Inventory()
    inv.add(Item("b-2", "bolt", 100, 0.05)).add(Item("a-1", "anchor", 3, 12.5)).add(Item("c-3", "cable", 7, 2.2))
    out = [inv.total(), [i.sku for i in inv.low_stock(10)], json.dumps([i.to_dict() for i in sorted(inv.items)])]
    try:
        Item("x", "bad", -1)
    except InventoryError as e:
        out.append(repr(e))
    out.append(Item("z", "zed") == Item("z", "other name"))
    return "\n".join(str(x) for x in out) + "\n"
