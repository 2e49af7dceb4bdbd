# Inventory with dataclasses: ordering, frozen keys, default_factory, post_init.
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int


@dataclass
class Item:
    sku: Sku
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass(order=True)
class Order:
    priority: int
    sku: Sku = field(compare=False)
    amount: int = field(default=1, compare=False)


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item

    def fulfil(self, orders):
        log = []
        for o in sorted(orders):
            item = self.items.get(o.sku)
            if item is None:
                log.append(f"p{o.priority}: unknown {o.sku}")
            elif item.qty < o.amount:
                log.append(f"p{o.priority}: short {item.name} ({item.qty}<{o.amount})")
            else:
                item.qty -= o.amount
                log.append(f"p{o.priority}: shipped {o.amount}x {item.name}")
        return log


def on_client_request():
    inv = Inventory()
    inv.add(Item(Sku("tool", 7), "hammer", 12.5, 4, ["steel"]))
    inv.add(Item(Sku("tool", 3), "wrench", 8.25, 2))
    inv.add(Item(Sku("food", 1), "apple", 0.4, 100))
    inv.add(Item(Sku("tool", 7), "hammer", 12.5, 1))
    out = [repr(inv.items[Sku("tool", 7)])]
    try:
        Item(Sku("x", 0), "ghost", -1.0)
    except ValueError as e:
        out.append(str(e))
    orders = [Order(3, Sku("food", 1), 30), Order(1, Sku("tool", 3), 5),
              Order(2, Sku("tool", 7), 2), Order(1, Sku("gem", 9))]
    out.extend(inv.fulfil(orders))
    for sku in sorted(inv.items):
        it = inv.items[sku]
        out.append(f"{sku.category:>5}/{sku.code:03} {it.name:<7} {it.qty:>4} ${it.value:>8.2f}")
    out.append(str(Sku("a", 1) < Sku("a", 2)) + " " + str(Order(1, Sku("a", 1)) == Order(1, Sku("b", 2))))
    out.append(str(sum(i.value for i in inv.items.values())))
    try:
        Sku("a", 1).code = 5
    except AttributeError as e:
        out.append(type(e).__name__)
    return "\n".join(out)
