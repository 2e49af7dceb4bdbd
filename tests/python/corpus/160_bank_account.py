# A typical OOP exercise: accounts with validation through custom
# exceptions, a class-level registry, __str__, transfers between
# instances and an interest-bearing subclass.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    bank = "mayfly bank"
    accounts = {}

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative opening balance")
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.accounts[owner] = self

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __str__(self):
        return f"{self.owner}: {self.balance} at {self.bank}"


class Savings(Account):
    rate = 0.05

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def on_client_request():
    a = Account("ann", 100)
    b = Savings("bob", 50)
    a.transfer(b, 30)
    out = [str(a), str(b), b.add_interest(), str(b)]
    try:
        a.withdraw(500)
    except InsufficientFunds as e:
        out.append([str(e), e.needed, e.available, e.args])
    try:
        Account("eve", -1)
    except ValueError as e:
        out.append(str(e))
    out.append(sorted(Account.accounts))
    out.append(a.history)
    out.append(b.history)
    return "\n".join(str(x) for x in out) + "\n"
