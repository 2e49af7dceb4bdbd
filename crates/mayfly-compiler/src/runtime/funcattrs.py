# Attributes a program sets on its functions (`wrapper.calls = 0`, as
# counting and registering decorators do): a dict per function, found
# through func_attrs, a dict keyed by the function object (functions
# hash and compare by identity). A function without any costs nothing.

func_attrs: i64 = 0


def func_attr_dict(o: i64, make: i32) -> i64:
    # o's attribute dict; 0 when it has none and `make` is 0.
    if func_attrs == 0:
        if make == 0:
            return 0
        func_attrs = dict_new()
    e = dict_lookup(func_attrs, o)
    if e != 0:
        return Entry.value[e]
    if make == 0:
        return 0
    d = dict_new()
    dict_set(func_attrs, o, d)
    return d


def func_attr_get(o: i64, name: i64) -> i64:
    d = func_attr_dict(o, 0)
    if d == 0:
        return 0
    e = dict_lookup(d, name)
    if e == 0:
        return 0
    return Entry.value[e]
