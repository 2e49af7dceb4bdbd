# More dataclasses: nested dataclasses in repr and ==, default_factory
# with dict and a lambda, dataclasses in sorted() by key and in sets of
# keys, a method using fields, inheritance adding a field with default.
from dataclasses import dataclass, field


@dataclass
class Address:
    city: str
    zip: str = "00000"


@dataclass
class User:
    name: str
    address: Address
    roles: dict = field(default_factory=dict)
    tags: list = field(default_factory=lambda: ["new"])
    active: bool = True

    def label(self):
        return f"{self.name}@{self.address.city}"


@dataclass
class Admin(User):
    level: int = 1


def on_client_request():
    u = User("ann", Address("oslo"))
    v = User("bob", Address("rome", "00100"), {"x": 1})
    a = Admin("root", Address("bern"), level=3)
    u.tags.append("vip")
    out = [u, v, a, u.label(), a.label(), u == User("ann", Address("oslo"), tags=["new", "vip"]), u == a]
    out.append([x.name for x in sorted([v, a, u], key=lambda x: x.address.city)])
    out.append(User("c", Address("x")).tags is not User("d", Address("y")).tags)
    return "\n".join(repr(x) for x in out) + "\n"
