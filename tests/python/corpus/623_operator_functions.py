# operator's function forms, called and passed as values (reduce, map,
# sorted), with CPython's results and errors.
import operator
from functools import reduce
from operator import add, mul, itemgetter


def on_client_request():
    out = []
    a, b = 17, 5
    out.append([operator.add(a, b), operator.sub(a, b), operator.mul(a, b)])
    out.append([operator.truediv(a, b), operator.floordiv(a, b), operator.mod(a, b)])
    out.append([operator.pow(2, 10), operator.pow(2.0, 0.5), operator.neg(a), operator.pos(-a)])
    out.append([operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2)])
    out.append([operator.gt("b", "a"), operator.ge([1], [1, 0])])
    out.append([operator.not_(0), operator.not_("x"), operator.truth([]), operator.truth(3)])
    out.append([operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10)])
    out.append([operator.lshift(1, 70), operator.rshift(1024, 3), operator.invert(7), operator.abs(-2.5)])
    out.append([operator.contains("hello", "ell"), operator.contains({"k": 1}, "v")])
    out.append([operator.is_(None, None), operator.is_not(None, 0)])
    out.append([operator.concat([1], [2]), operator.concat("ab", "cd"), operator.index(7)])
    out.append([operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c")])
    d = {"x": 1}
    operator.setitem(d, "y", 2)
    out.append(operator.getitem(d, "y"))
    operator.delitem(d, "x")
    out.append(d)
    out.append(reduce(add, range(101)))
    out.append(reduce(mul, [1, 2, 3, 4, 5]))
    out.append(list(map(operator.sub, [10, 20], [1, 2])))
    out.append(list(map(operator.neg, [1, -2])))
    out.append(sorted([3, 1, 2], key=operator.neg))
    out.append(repr(operator.add) + " " + repr(operator.not_) + " " + operator.add.__name__)
    for bad in [lambda: operator.add(1), lambda: operator.concat(1, 2),
                lambda: operator.index(1.5), lambda: operator.indexOf([1], 5),
                lambda: operator.truediv(1, 0), lambda: operator.add(1, "a")]:
        try:
            bad()
        except (TypeError, ValueError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return repr(out)
