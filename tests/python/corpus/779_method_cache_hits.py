# Method calls through a call site's inline cache (front/attr_fast.rs):
# subclasses at one site, an instance attribute shadowing the method, then
# deleted, the class's method replaced, exceptions from the callee.

class A:
    def __init__(self, v):
        self.v = v
    def get(self, k=1):
        return self.v * k
    def boom(self):
        raise ValueError("boom")

class B(A):
    def get(self, k=2):
        return -self.v * k

def f():
    return 5

def on_client_request():
    out = []
    xs = [A(1), B(2), A(3), B(4)]
    for x in xs:
        out.append(x.get())
        out.append(x.get(3))
    a = A(1)
    out.append(a.get())
    a.get = f
    out.append(a.get())
    del a.get
    out.append(a.get())
    A.get = lambda self, k=9: k
    out.append(a.get())
    try:
        a.boom()
    except ValueError as e:
        out.append(str(e))
    return repr(out) + "\n"
