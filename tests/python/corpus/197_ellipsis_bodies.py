# `...` as a placeholder body: protocol methods, abstract-looking
# methods, exception classes and functions that do nothing yet.
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class NotReady(Exception): ...


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def later(self):
        ...


def todo():
    ...


def on_client_request():
    try:
        raise NotReady("soon")
    except NotReady as e:
        msg = str(e)
    return {"area": Square(3).area(), "todo": todo(), "later": Square(1).later(), "msg": msg}
