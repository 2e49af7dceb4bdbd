# Bound methods as values: stored, passed as keys and callbacks, called
# later; getattr/setattr/hasattr/delattr with and without defaults.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return len(self.items)

    def size(self):
        return len(self.items)


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def get_age(self):
        return self.age


def apply(f, xs):
    return [f(x) for x in xs]


def on_client_request():
    s = Stack()
    push = s.push
    out = [apply(push, [5, 6, 7]), s.items, s.size()]
    people = [Person("ann", 31), Person("bob", 25), Person("cy", 40)]
    out.append([p.name for p in sorted(people, key=Person.get_age)])
    out.append([p.name for p in sorted(people, key=lambda p: p.get_age(), reverse=True)])
    p = people[0]
    out.append([getattr(p, "name"), getattr(p, "nope", "dflt"), hasattr(p, "age"), hasattr(p, "zzz")])
    setattr(p, "city", "oslo")
    out.append(p.city)
    delattr(p, "city")
    out.append(hasattr(p, "city"))
    try:
        getattr(p, "missing")
    except AttributeError as e:
        out.append(str(e))
    m = p.get_age
    out.append([m(), m.__name__ if hasattr(m, "__name__") else "?"])
    return "\n".join(str(x) for x in out) + "\n"
