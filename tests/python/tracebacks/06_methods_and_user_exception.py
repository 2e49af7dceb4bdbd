# A user exception raised in a method called from another method, while
# a builtin one is being handled: frames name the methods, the final
# line names the exception with its module as CPython prints it.
class LedgerError(ValueError):
    pass


class Ledger:
    def __init__(self):
        self.entries = {}

    def amount(self, key):
        try:
            return self.entries[key]
        except KeyError:
            raise LedgerError("no entry " + key)

    def total(self, keys):
        return sum(self.amount(k) for k in keys) if False else self.sum_of(keys)

    def sum_of(self, keys):
        t = 0
        for k in keys:
            t += self.amount(k)
        return t


def on_client_request():
    ledger = Ledger()
    ledger.entries["a"] = 1
    return str(ledger.total(["a", "b"]))
