# Methods of builtin values read as values: bound to their object (key=ETAOIN.find,
# push = self.items.append, map("-".join, ...)), called later like the method.

ETAOIN = "ETAOINSHRDLCUMWFGYPBVKJXQZ"


class Stack:
    def __init__(self):
        self.items = []
        self.push = self.items.append

    def insert(self, x):
        self.items.insert(0, x)


def on_client_request():
    out = []
    letters = list("HELLOWORLD")
    out.append(sorted(letters, key=ETAOIN.find))
    perm = [3, 1, 2]
    ins = perm.insert
    ins(0, 9)
    app = perm.append
    app(7)
    out.append(perm)
    words = "b a c".split()
    out.append(list(map("-".join, [["x", "y"], ["z"]])))
    out.append(list(map(str.upper, words)))
    up = "abc".upper
    out.append(up())
    s = Stack()
    s.push(1)
    s.push(2)
    s.insert(0)
    out.append(s.items)
    d = {"a": 1}
    get = d.get
    out.append([get("a"), get("b", 5)])
    out.append(sorted(["bb", "a", "ccc"], key="abc ccc bb a".index))
    try:
        ins()
    except TypeError as e:
        out.append("TypeError")
    return "\n".join(str(x) for x in out)
