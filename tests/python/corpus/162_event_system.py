# Callbacks and bound methods: an event bus storing bound methods and
# lambdas, handlers with state, __call__ objects as handlers.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def emit(self, event, arg):
        return [h(arg) for h in self.handlers.get(event, [])]


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, msg):
        self.lines.append(self.prefix + msg)
        return len(self.lines)


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


def on_client_request():
    bus = EventBus()
    log = Logger("> ")
    bus.on("msg", log.log)
    bus.on("msg", lambda m: m.upper())
    bus.on("num", Multiplier(3))
    bus.on("num", Multiplier(10))
    out = [bus.emit("msg", "hi"), bus.emit("msg", "yo"), bus.emit("num", 7), bus.emit("none", 0), log.lines]
    return "\n".join(str(x) for x in out) + "\n"
