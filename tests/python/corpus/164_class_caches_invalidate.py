# Attribute and method caches stay correct when classes change: a method
# replaced on the class, a method added later, an instance attribute
# shadowing a method, a deleted instance attribute revealing the class
# attribute, instances of one class with attributes in different orders.
class Greeter:
    greeting = "hello"

    def greet(self):
        return self.greeting + " " + self.name

    def __init__(self, name):
        self.name = name


def shout(self):
    return (self.greeting + " " + self.name).upper()


def on_client_request():
    out = []
    g = Greeter("ann")
    for i in range(3):
        out.append(g.greet())
        if i == 0:
            Greeter.greet = shout
        if i == 1:
            g.greet = lambda: "instance wins"
    h = Greeter("bob")
    h.greeting = "hi"
    out.append(h.greet())
    del h.greeting
    out.append(h.greet())
    Greeter.greeting = "hey"
    out.append(h.greet())
    Greeter.wave = lambda self: "wave " + self.name
    out.append(h.wave())
    a = Greeter("x")
    a.p = 1
    a.q = 2
    b = Greeter("y")
    b.q = 3
    b.p = 4
    for o in [a, b, a, b]:
        out.append(o.p * 10 + o.q)
    try:
        del b.p
        b.p
    except AttributeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
