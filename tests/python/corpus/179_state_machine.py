# A state machine: state classes with enter/handle methods and
# transitions looked up by event, a context object holding history,
# invalid transitions raising a user exception caught by the driver.
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state} on {event!r}")
        self.state = state
        self.event = event


class State:
    transitions = {}

    def __init__(self, machine):
        self.machine = machine

    def __str__(self):
        return type(self).__name__

    def handle(self, event):
        target = self.transitions.get(event)
        if target is None:
            raise TransitionError(str(self), event)
        return target(self.machine)

    def enter(self):
        self.machine.history.append("enter " + str(self))


class Idle(State):
    pass


class Running(State):
    def enter(self):
        super().enter()
        self.machine.runs += 1


class Paused(State):
    pass


Idle.transitions = {"start": Running}
Running.transitions = {"pause": Paused, "stop": Idle}
Paused.transitions = {"resume": Running, "stop": Idle}


class Machine:
    def __init__(self):
        self.history = []
        self.runs = 0
        self.state = Idle(self)
        self.state.enter()

    def fire(self, event):
        self.state = self.state.handle(event)
        self.state.enter()


def on_client_request():
    m = Machine()
    errors = []
    for ev in ["start", "pause", "resume", "bogus", "stop", "pause", "start"]:
        try:
            m.fire(ev)
        except TransitionError as e:
            errors.append((str(e), e.state, e.event))
    return "\n".join([repr(m.history), str(m.runs), str(m.state), repr(errors)]) + "\n"
