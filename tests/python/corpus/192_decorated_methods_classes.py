# Decorators on methods (under property/staticmethod too) and on
# classes: registries, wrappers that log calls, a class decorator adding
# a method, dataclass under a user decorator.
from dataclasses import dataclass

log = []
plugins = {}


def logged(fn):
    def wrapper(self, *args):
        log.append(fn.__name__ + str(args))
        return fn(self, *args)
    return wrapper


def plugin(name):
    def deco(cls):
        plugins[name] = cls
        return cls
    return deco


def with_describe(cls):
    def describe(self):
        return cls.__name__ + ":" + str(vars_of(self))
    cls.describe = describe
    return cls


def vars_of(obj):
    return sorted((k, getattr(obj, k)) for k in ("x", "y") if hasattr(obj, k))


def doubled(fn):
    def inner(*args):
        return 2 * fn(*args)
    return inner


@plugin("acc")
@with_describe
class Account:
    rate = 3

    def __init__(self, x):
        self.x = x

    @logged
    def deposit(self, n):
        self.x += n
        return self.x

    @property
    @doubled
    def twice(self):
        return self.x

    @staticmethod
    @doubled
    def helper(a, b):
        return a + b


@plugin("point")
@dataclass
class Point:
    x: int
    y: int = 0


def on_client_request():
    a = Account(10)
    out = [a.deposit(5), a.deposit(1), log, a.twice, Account.helper(2, 3), a.describe()]
    out.append(sorted(plugins))
    p = plugins["point"](1, 2)
    out.append(repr(p))
    out.append(plugins["acc"] is Account)
    return {"out": out}
