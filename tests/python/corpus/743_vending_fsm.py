# call: /?ops=coin:25,coin:25,select:A1,coin:100,select:B2,refund
# call: /?ops=select:A1,coin:3,coin:10,coin:5,coin:10,select:C9,service,coin:5,service,select:A1
# A vending machine state machine driven by match statements.
from dataclasses import dataclass, field
from mayfly import request

PRICES = {"A1": 45, "B2": 80, "C3": 120}
COINS = (5, 10, 25, 100)


@dataclass
class Machine:
    state: str = "idle"
    credit: int = 0
    stock: dict = field(default_factory=lambda: {"A1": 1, "B2": 2, "C3": 0})
    log: list = field(default_factory=list)

    def step(self, op):
        match (self.state, op):
            case (_, ("service",)):
                self.state = "idle" if self.state == "service" else "service"
                self.log.append(f"service mode {'on' if self.state == 'service' else 'off'}")
            case ("service", _):
                self.log.append(f"ignored {op} in service")
            case (_, ("coin", int(c))) if c in COINS:
                self.credit += c
                self.state = "paying"
                self.log.append(f"credit {self.credit}")
            case (_, ("coin", c)):
                self.log.append(f"rejected coin {c}")
            case ("paying", ("select", code)) if code in PRICES:
                price = PRICES[code]
                if self.stock.get(code, 0) == 0:
                    self.log.append(f"{code} sold out")
                elif self.credit < price:
                    self.log.append(f"{code} needs {price - self.credit} more")
                else:
                    self.stock[code] -= 1
                    self.credit -= price
                    self.log.append(f"vend {code}, change {change(self.credit)}")
                    self.credit = 0
                    self.state = "idle"
            case (_, ("select", code)):
                self.log.append(f"cannot select {code} while {self.state}")
            case (_, ("refund",)):
                self.log.append(f"refund {change(self.credit)}")
                self.credit, self.state = 0, "idle"
            case _:
                self.log.append(f"unknown {op!r}")


def change(amount):
    out = []
    for c in sorted(COINS, reverse=True):
        n, amount = divmod(amount, c)
        out += [c] * n
    return out


def parse(token):
    name, _, arg = token.partition(":")
    if not arg:
        return (name,)
    return (name, int(arg)) if arg.lstrip("-").isdigit() else (name, arg)


def on_client_request():
    m = Machine()
    for tok in request.args.get("ops", "").split(","):
        m.step(parse(tok))
    return "\n".join(m.log) + f"\nfinal: {m}\n"
