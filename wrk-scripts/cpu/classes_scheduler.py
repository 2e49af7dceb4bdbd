# Class-heavy benchmark: a round-robin scheduler simulation. Tasks are
# objects with state and methods; a queue class holds them; each tick
# runs one task, which may spawn others or block on a counter.


class Task:
    def __init__(self, tid, work, priority):
        self.tid = tid
        self.work = work
        self.priority = priority
        self.done = 0

    def step(self, budget):
        used = min(budget, self.work - self.done)
        self.done += used
        return used

    def finished(self):
        return self.done >= self.work


class RunQueue:
    def __init__(self):
        self.levels = [[], [], []]
        self.size = 0

    def push(self, task):
        self.levels[task.priority].append(task)
        self.size += 1

    def pop(self):
        for level in self.levels:
            if level:
                self.size -= 1
                return level.pop(0)
        return None


class Scheduler:
    def __init__(self, quantum):
        self.queue = RunQueue()
        self.quantum = quantum
        self.clock = 0
        self.finished = []
        self.next_id = 0

    def spawn(self, work, priority):
        self.next_id += 1
        self.queue.push(Task(self.next_id, work, priority))

    def run(self):
        while self.queue.size > 0:
            t = self.queue.pop()
            self.clock += t.step(self.quantum)
            if t.finished():
                self.finished.append(t.tid)
                if t.tid % 7 == 0 and self.next_id < 400:
                    self.spawn(t.tid % 13 + 3, t.tid % 3)
            else:
                self.queue.push(t)
        return self.clock


def on_client_request():
    s = Scheduler(4)
    for i in range(120):
        s.spawn(i % 17 + 1, i % 3)
    clock = s.run()
    return str(clock) + " " + str(len(s.finished)) + " " + str(s.finished[-1]) + "\n"
