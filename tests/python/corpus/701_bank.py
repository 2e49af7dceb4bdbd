# A tiny bank: classes, custom exceptions, properties, class methods, history.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.shortfall = amount - account.balance


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    @classmethod
    def opening(cls, owner, deposit):
        acct = cls(owner)
        acct.deposit(deposit)
        return acct

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(self.id)

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self._balance})"


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise


def on_client_request():
    out = []
    alice = Account.opening("alice", 100)
    bob = Account("bob", 20)
    transfer(alice, bob, 30)
    out.append(repr([alice, bob]))
    for amt in (500, -5):
        try:
            transfer(bob, alice, amt) if amt > 0 else bob.deposit(amt)
        except InsufficientFunds as e:
            out.append(f"{type(e).__name__}: {e} (short {e.shortfall})")
        except ValueError as e:
            out.append("ValueError: " + str(e))
    bob.frozen = True
    try:
        transfer(alice, bob, 10)
    except BankError as e:
        out.append(f"{e.__class__.__name__} {e.args} alice={alice.balance}")
    try:
        alice.balance = 5
    except AttributeError as e:
        out.append("attr error")
    out.append(str(alice.history))
    out.append(str(isinstance(InsufficientFunds(alice, 1), BankError)))
    total = sum(a.balance for a in (alice, bob))
    out.append(f"total={total:,.2f}")
    return "\n".join(out)
