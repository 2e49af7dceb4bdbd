# Context managers: transactions that roll back, suppression, nesting order.


class Log:
    lines = []


class Transaction:
    def __init__(self, store, name):
        self.store = store
        self.name = name

    def __enter__(self):
        self.snapshot = dict(self.store)
        Log.lines.append(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            Log.lines.append(f"commit {self.name}")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        Log.lines.append(f"rollback {self.name}: {exc_type.__name__}({exc})")
        return issubclass(exc_type, KeyError)


class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


def withdraw(store, key, amount):
    if store[key] < amount:
        raise ValueError(f"insufficient {key}")
    store[key] -= amount


def on_client_request():
    store = {"a": 10, "b": 5}
    with Transaction(store, "t1"):
        withdraw(store, "a", 3)
        store["b"] += 3
    with Transaction(store, "t2"):
        withdraw(store, "a", 1)
        withdraw(store, "zz", 1)
    try:
        with Transaction(store, "t3"):
            withdraw(store, "b", 2)
            withdraw(store, "b", 100)
    except ValueError as e:
        Log.lines.append(f"caught {e}")
    with suppress(ZeroDivisionError, IndexError) as s:
        [][3]
    Log.lines.append(f"suppressed {type(s.caught).__name__}: {s.caught}")
    def early():
        for i in range(5):
            with Transaction(store, f"loop{i}"):
                if i == 2:
                    return i
                store["a"] += 1
    Log.lines.append(f"early={early()}")
    with Transaction(store, "outer"), Transaction(store, "inner") as t:
        Log.lines.append(f"inside {t.name}")
    return "\n".join(Log.lines + [repr(store)])
