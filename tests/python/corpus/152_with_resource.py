# A context manager guarding a resource: a transaction that commits on
# success and rolls back on error, with state visible afterwards.
class Account:
    def __init__(self, balance):
        self.balance = balance


class Transaction:
    def __init__(self, account):
        self.account = account
        self.saved = None

    def __enter__(self):
        self.saved = self.account.balance
        return self.account

    def __exit__(self, kind, value, tb):
        if kind is not None:
            self.account.balance = self.saved
            return isinstance(value, ValueError)
        return False


def withdraw(acct, amount):
    with Transaction(acct) as a:
        a.balance -= amount
        if a.balance < 0:
            raise ValueError("insufficient funds")
    return a.balance


def on_client_request():
    acct = Account(100)
    out = [withdraw(acct, 30), acct.balance, withdraw(acct, 500), acct.balance]
    try:
        with Transaction(acct) as a:
            a.balance = 0
            raise KeyError("boom")
    except KeyError:
        out.append("re-raised")
    out.append(acct.balance)
    return repr(out) + "\n"
