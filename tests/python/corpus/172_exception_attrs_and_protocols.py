# Exception attributes on builtin and user exceptions (args,
# __context__, __cause__, __suppress_context__), the old __getitem__
# iteration protocol (for, list, in), bound methods that compare equal,
# issubclass with builtin classes, bool and int.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class A:
    def m(self):
        return 1


class MyErr(LookupError):
    pass


def on_client_request():
    out = []
    try:
        {}["x"]
    except KeyError as e:
        out.append([e.args, e.__context__, e.__cause__, e.__suppress_context__])
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise MyErr("second", 2)
    except MyErr as e:
        out.append([e.args, repr(e.__context__), e.__cause__])
    out.append([list(Seq()), 20 in Seq(), 5 in Seq(), [x + 1 for x in Seq()]])
    a = A()
    out.append([a.m == a.m, a.m != A().m, len({a.m: 1, a.m: 2})])
    out.append([issubclass(KeyError, (ValueError, LookupError)), issubclass(bool, int), issubclass(int, bool),
                issubclass(MyErr, LookupError), issubclass(MyErr, KeyError), issubclass(A, (int, A))])
    return "\n".join(str(x) for x in out) + "\n"
