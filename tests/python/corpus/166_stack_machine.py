# A small stack-machine interpreter: instruction classes with an
# execute method, a machine with a stack, a program parsed from text,
# errors raised as a user exception with a position.
class VMError(Exception):
    def __init__(self, pc, msg):
        super().__init__(f"at {pc}: {msg}")
        self.pc = pc


class Instr:
    def __init__(self, arg=None):
        self.arg = arg

    def __repr__(self):
        name = type(self).__name__.lower()
        return name if self.arg is None else f"{name} {self.arg}"


class Push(Instr):
    def execute(self, vm):
        vm.stack.append(self.arg)


class Add(Instr):
    def execute(self, vm):
        b, a = vm.pop(), vm.pop()
        vm.stack.append(a + b)


class Mul(Instr):
    def execute(self, vm):
        b, a = vm.pop(), vm.pop()
        vm.stack.append(a * b)


class Dup(Instr):
    def execute(self, vm):
        v = vm.pop()
        vm.stack += [v, v]


class Jz(Instr):
    def execute(self, vm):
        if vm.pop() == 0:
            vm.pc = self.arg - 1


class VM:
    OPS = {"push": Push, "add": Add, "mul": Mul, "dup": Dup, "jz": Jz}

    def __init__(self, text):
        self.program = []
        for line in text.strip().splitlines():
            parts = line.split()
            cls = VM.OPS[parts[0]]
            self.program.append(cls(int(parts[1])) if len(parts) > 1 else cls())
        self.stack = []
        self.pc = 0

    def pop(self):
        if not self.stack:
            raise VMError(self.pc, "stack underflow")
        return self.stack.pop()

    def run(self):
        steps = 0
        while self.pc < len(self.program):
            self.program[self.pc].execute(self)
            self.pc += 1
            steps += 1
        return self.stack, steps


def on_client_request():
    vm = VM("push 3\ndup\nmul\npush 4\nadd\npush 0\njz 8\npush 99\npush 1")
    out = [vm.program, vm.run()]
    try:
        VM("push 1\nadd").run()
    except VMError as e:
        out.append([str(e), e.pc, isinstance(e, Exception)])
    return "\n".join(str(x) for x in out) + "\n"
