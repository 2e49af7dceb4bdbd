# Two-float arithmetic and comparisons inline (front/fast.rs) and attribute
# inline-cache hits inline (front/attr_fast.rs): every miss and odd case goes
# to the runtime and answers as before.

class P:
    def __init__(self, x):
        self.x = x
        self.y = 1.5

def on_client_request():
    out = []
    a, b = 1.5, 0.0
    out.append(a + 2.25)
    out.append(a - 2.25)
    out.append(a * 3.0)
    out.append(a / 4.0)
    try:
        out.append(a / b)
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        out.append(a / -0.0)
    except ZeroDivisionError as e:
        out.append(str(e))
    n = float("nan")
    out.append(n == n)
    out.append(n != n)
    out.append(n < 1.0)
    out.append(1.0 <= 1.0)
    out.append(2.0 > 1.0)
    out.append(1.0 >= 2.0)
    out.append(1 + 2.0)
    out.append(2.0 * 3)
    out.append(True + 1.5)
    p = P(2.0)
    p.x += 1.5
    p.y *= 2.0
    out.append(p.x)
    out.append(p.y)
    del p.x
    try:
        out.append(p.x)
    except AttributeError as e:
        out.append(str(e))
    p.x = 7
    out.append(p.x)
    q = P("s")
    for o in [p, q, p, q]:
        out.append(o.x)
        o.z = 1
        o.z += 1
        out.append(o.z)
    try:
        out.append(None + 1.0)
    except TypeError as e:
        out.append(str(e))
    try:
        None.foo = 1
    except AttributeError as e:
        out.append(str(e))
    return repr(out) + "\n"
