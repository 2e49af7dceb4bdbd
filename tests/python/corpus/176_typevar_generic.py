# TypeVar and Generic[T] as typed code writes them: the TypeVar is a
# value (repr ~T) that only annotations and Generic[...] bases use.
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


def on_client_request():
    s: Stack[int] = Stack()
    s.push(1)
    s.push(2)
    return repr([s.pop(), s.pop(), s.pop(), T, K, pair_sum()]) + "\n"


class Pair:
    def __init__(self, a: int, b: int) -> None:
        self.first: int = a
        self.second: int = b


def pair_sum() -> int:
    p = Pair(2, 3)
    p.first: int = 10
    return p.first + p.second
