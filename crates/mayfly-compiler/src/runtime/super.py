# super() and what it finds past the user classes (object's __init__,
# __str__, __repr__, __hash__, __setattr__, __delattr__,
# __init_subclass__ and __new__), and instantiation through a class's
# __new__. Linked with class.py (the Linker's `classes` switch).


def new_instantiate(c: i32, nw: i64, args: i32, npos: i32, names: i32) -> i64:
    # C(*args) for a class with __new__ (a static method, whether or not
    # it says so): __new__(C, *args), then __init__ on its result when
    # that is an instance of C, as CPython's type_call.
    f = nw
    if typeof(f) == TAG_DESC and Desc.kind[i32(f)] == DESC_STATIC:
        f = Desc.get[i32(f)]
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    a = alloc(8 * (npos + nk) + 8)
    store64(a, u64(c))
    memcopy(a + 8, args, 8 * (npos + nk))
    o = call_kw(f, a, npos + 1, names)
    if exc != 0:
        return 0
    if isinstance_user(o, c) == 0:
        return o
    init = type_lookup(c, u64("__init__"))
    if init == 0:
        return o
    store64(a, o)
    return init_done(call_kw(init, a, npos + 1, names), o)


def object_new(c: i64, n: i32) -> i64:
    # object.__new__(c) through super(): a new, uninitialised instance.
    if typeof(c) != TAG_TYPE:
        s = sb_new(64)
        sb_str(s, "object.__new__(X): X is not a type object (")
        sb_str(s, type_name(c))
        sb_byte(s, 41)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if n > 0:
        raise_(EXC_TYPE, "object.__new__() takes exactly one argument (the type to instantiate)")
        return 0
    if ABCS:
        if Type.flags[i32(c)] & CLS_ABC:
            if abc_check(i32(c)):
                return 0
    k = Type.exc_kind[i32(c)]
    if k != 0:
        o = exc_new(k, u64(tuple_of(0)))
        Exc.cls[i32(o)] = i32(c)
        return o
    return inst_new(i32(c))


def super_lookup(c: i64, o: i64, name: i32) -> i64:
    # name on the classes after c in the order of o's class (or of o,
    # a class, in a classmethod); 0 if absent.
    start = class_of(o)
    if typeof(o) == TAG_TYPE:
        start = i32(o)
    if start == 0:
        raise_(EXC_TYPE, "super(type, obj): obj must be an instance or subtype of type")
        return 0
    mro = Type.mro[start]
    n = Tuple.len[mro]
    i = 0
    while i < n and load64(Tuple.items[mro] + 8 * i) != c:
        i += 1
    i += 1
    while i < n:
        e = dict_lookup(Type.dict[i32(load64(Tuple.items[mro] + 8 * i))], u64(name))
        if e != 0:
            return Entry.value[e]
        i += 1
    return 0


def super_call(c: i64, o: i64, name: i32, args: i32, n: i32) -> i64:
    # super().name(*args[1:n]) in a method of class c whose first
    # parameter is o (args[0]).
    v = super_lookup(c, o, name)
    if v == 0:
        if exc != 0:
            return 0
        return object_method(o, name, args + 8, n - 1)
    if NEWS:
        if str_eq(name, "__new__"):
            # A base's __new__, static: called with the explicit arguments.
            if typeof(v) == TAG_DESC and Desc.kind[i32(v)] == DESC_STATIC:
                v = Desc.get[i32(v)]
            return call_value(v, args + 8, n - 1)
    if typeof(v) == TAG_FUNC:
        return call_value(v, args, n)
    start = class_of(o)
    if typeof(o) == TAG_TYPE:
        start = i32(o)
    f = bind(v, o, start)
    return call_value(f, args + 8, n - 1)


def super_attr(c: i64, o: i64, name: i32) -> i64:
    v = super_lookup(c, o, name)
    if v == 0:
        if exc == 0:
            super_attr_error(name)
        return 0
    start = class_of(o)
    if typeof(o) == TAG_TYPE:
        start = i32(o)
    return bind(v, o, start)


def object_method(o: i64, name: i32, args: i32, n: i32) -> i64:
    # What super() finds past the user classes: object's (or the builtin
    # exception's) __init__, __str__ and __repr__.
    if str_eq(name, "__init__"):
        if typeof(o) == TAG_EXC:
            Exc.arg[i32(o)] = args_tuple(args, n)
            return NONE
        if n > 0:
            raise_(EXC_TYPE, "object.__init__() takes exactly one argument (the instance to initialize)")
            return 0
        return NONE
    if str_eq(name, "__str__"):
        return u64(base_str(o))
    if str_eq(name, "__repr__"):
        b = sb_new(32)
        base_repr_into(b, o)
        return u64(sb_done(b))
    if str_eq(name, "__hash__"):
        return mkint(o >> 4)
    if SETATTRS:
        if str_eq(name, "__setattr__"):
            if n != 2:
                # PyArg_UnpackTuple's message with an empty name.
                sb = sb_new(48)
                sb_str(sb, " ")
                sb_str(sb, i32(arg_count_text(2, n)))
                raise_(EXC_TYPE, sb_done(sb))
                return 0
            nm = attr_name_arg(load64(args))
            if nm == 0:
                return 0
            setattr_raw(o, nm, load64(args + 8))
            if exc != 0:
                return 0
            return NONE
        if str_eq(name, "__delattr__"):
            if n != 1:
                raise_(EXC_TYPE, i32(arg_count_text(1, n)))
                return 0
            nm = attr_name_arg(load64(args))
            if nm == 0:
                return 0
            delattr_raw(o, nm)
            if exc != 0:
                return 0
            return NONE
    if INITSUB:
        if str_eq(name, "__init_subclass__"):
            if n > 0:
                s = sb_new(64)
                sb_str(s, "object.__init_subclass__() takes no arguments (")
                sb_int(s, i64(n))
                sb_str(s, " given)")
                raise_(EXC_TYPE, sb_done(s))
                return 0
            return NONE
    if str_eq(name, "__new__"):
        # super().__new__(cls, ...): __new__ is static, so its first
        # argument is passed explicitly.
        if n == 0:
            raise_(EXC_TYPE, "object.__new__(): not enough arguments")
            return 0
        return object_new(load64(args), n - 1)
    super_attr_error(name)
    return 0


def arg_count_text(want: i32, n: i32) -> i64:
    # CPython's "expected 1 argument, got 0" of a slot wrapper.
    s = sb_new(48)
    sb_str(s, "expected ")
    sb_int(s, i64(want))
    sb_str(s, " argument")
    if want != 1:
        sb_byte(s, 115)
    sb_str(s, ", got ")
    sb_int(s, i64(n))
    return u64(sb_done(s))


def super_attr_error(name: i32) -> None:
    s = sb_new(48)
    sb_str(s, "'super' object has no attribute '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_ATTR, sb_done(s))
