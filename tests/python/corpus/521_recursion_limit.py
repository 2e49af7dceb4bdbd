# RecursionError: past sys's recursion limit (1000 by default) a call
# raises it, catchable like any exception; raising the limit lets deeper
# recursion run, and the error leaves every frame it unwinds.

import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


class Node:
    def __init__(self, child=None):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


def on_client_request():
    out = [depth(500), is_even(600), sys.getrecursionlimit()]
    for f in [lambda: depth(10 ** 6), lambda: is_even(5000)]:
        try:
            out.append(f())
        except RecursionError as e:
            out.append(f"{type(e).__name__}: {e}")
    head = None
    for _ in range(3000):
        head = Node(head)
    try:
        out.append(head.size())
    except RecursionError as e:
        out.append(("caught", str(e)))
    sys.setrecursionlimit(4000)
    out += [depth(2500), sys.getrecursionlimit()]
    try:
        depth(3999)
    except RecursionError:
        out.append("still bounded")
    out.append(isinstance(RecursionError(), RuntimeError))
    return "\n".join(map(str, out))
