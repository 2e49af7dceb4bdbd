# enum: a body that binds a member's name twice, or a method over a member,
# raises CPython's TypeError; dunder names may be rebound.
from enum import Enum
def on_client_request():
    out = []
    try:
        class A(Enum):
            X = 1
            X = 2
    except TypeError as e:
        out.append(str(e))
    try:
        class B(Enum):
            X = 1
            def X(self):
                return 1
    except TypeError as e:
        out.append(str(e))
    class C(Enum):
        __dunder__ = 1
        __dunder__ = 2
        Y = 3
    out.append(list(C))
    return "\n".join(str(x) for x in out)
