# Observers and computed properties: a model notifying subscribed
# bound methods on each property set, a derived read-only property, a
# property on a subclass overriding the base's.
class Model:
    def __init__(self):
        self._temp = 20.0
        self.listeners = []

    def subscribe(self, fn):
        self.listeners.append(fn)

    @property
    def temp(self):
        return self._temp

    @temp.setter
    def temp(self, v):
        old = self._temp
        self._temp = v
        for fn in self.listeners:
            fn("temp", old, v)

    @property
    def status(self):
        return "hot" if self._temp > 30 else "ok"


class LoudModel(Model):
    @property
    def status(self):
        return super().status.upper() + "!"


class Recorder:
    def __init__(self):
        self.events = []

    def on_change(self, name, old, new):
        self.events.append(f"{name}: {old} -> {new}")


def on_client_request():
    m = LoudModel()
    r = Recorder()
    m.subscribe(r.on_change)
    m.subscribe(lambda n, o, v: r.events.append("lambda saw " + str(v)))
    m.temp = 25
    m.temp = 35.5
    out = [m.temp, m.status, Model.status.fget(m) if False else "skip", r.events]
    try:
        m.status = "x"
    except AttributeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
