# Attribute assignment and deletion on user objects and classes:
# properties' setters and deleters, frozen dataclasses, the inline cache
# of a compiled `o.x = v`, and a class's __setattr__ / __delattr__.


def setattr_ic(o: i64, name: i32, v: i64, ic: i32) -> None:
    # o.name = v at a compiled site with inline cache ic.
    if typeof(o) == TAG_INST:
        p = i32(o)
        if SETATTRS:
            if type_lookup(Inst.cls[p], u64("__setattr__")) != 0:
                setattr_(o, name, v)
                return
        if Inst.shape[p] == AttrCache.shape[ic] and AttrCache.version[ic] == method_version:
            i = AttrCache.index[ic]
            nxt = AttrCache.next[ic]
            if nxt != 0:
                if i >= Inst.cap[p]:
                    inst_grow(p, i + 1)
                Inst.shape[p] = nxt
            store64(Inst.slots[p] + 8 * i, v)
            return
        before = Inst.shape[p]
        setattr_(o, name, v)
        c = Inst.cls[p]
        if exc != 0 or is_property(type_lookup(c, u64(name))) or is_frozen(c):
            return
        after = Inst.shape[p]
        AttrCache.shape[ic] = before
        AttrCache.version[ic] = method_version
        AttrCache.index[ic] = shape_find(after, name)
        AttrCache.next[ic] = 0
        if after != before:
            AttrCache.next[ic] = after
        return
    setattr_(o, name, v)


def setattr_(o: i64, name: i32, v: i64) -> None:
    # o.name = v: the class's __setattr__ when it has one.
    if SETATTRS:
        f = user_hook(o, "__setattr__")
        if f != 0:
            a = alloc(24)
            store64(a, o)
            store64(a + 8, u64(name))
            store64(a + 16, v)
            call_value(f, a, 3)
            return
    setattr_raw(o, name, v)


def user_hook(o: i64, name: i32) -> i64:
    # The class's special method `name` for instance o, 0 for none.
    c = class_of(o)
    if c == 0:
        return 0
    return type_lookup(c, u64(name))


def setattr_raw(o: i64, name: i32, v: i64) -> None:
    # object.__setattr__: the store itself.
    c = class_of(o)
    if c != 0:
        if is_frozen(c):
            frozen_error(name, "assign to")
            return
        p = type_lookup(c, u64(name))
        if is_property(p):
            f = Desc.set[i32(p)]
            if f == 0:
                property_error(p, name, c, "setter")
                return
            call2(f, o, v)
            return
        if typeof(o) == TAG_INST:
            inst_set(i32(o), name, v)
        elif NAMEDTUPLE and typeof(o) == TAG_TUPLE:
            nt_setattr(o, name, 0)
        else:
            dict_set(exc_attrs(o, 1), u64(name), v)
        return
    if typeof(o) == TAG_TYPE:
        if ENUMS:
            if en_reassign(i32(o), name):
                return
        class_store(i32(o), name, v)
        return
    if typeof(o) == TAG_FUNC:
        dict_set(func_attr_dict(o, 1), u64(name), v)
        return
    if COLLECTIONS and is_defaultdict(o):
        if str_eq(name, "default_factory"):
            set_default_factory(o, v)
            return
    attr_error(o, u64(name))


def delattr_(o: i64, name: i32) -> None:
    if SETATTRS:
        f = user_hook(o, "__delattr__")
        if f != 0:
            call2(f, o, u64(name))
            return
    delattr_raw(o, name)


def delattr_raw(o: i64, name: i32) -> None:
    # object.__delattr__.
    c = class_of(o)
    if c != 0:
        if is_frozen(c):
            frozen_error(name, "delete")
            return
        p = type_lookup(c, u64(name))
        if is_property(p):
            f = Desc.deleter[i32(p)]
            if f == 0:
                property_error(p, name, c, "deleter")
                return
            call1(f, o)
            return
        if typeof(o) == TAG_INST:
            q = i32(o)
            i = shape_find(Inst.shape[q], name)
            if i >= 0 and load64(Inst.slots[q] + 8 * i) != 0:
                store64(Inst.slots[q] + 8 * i, 0)
                return
        elif NAMEDTUPLE and typeof(o) == TAG_TUPLE:
            nt_setattr(o, name, 1)
            return
        else:
            d = exc_attrs(o, 0)
            if d != 0 and dict_del(d, u64(name)) != 0:
                return
    elif typeof(o) == TAG_TYPE:
        if dict_del(Type.dict[i32(o)], u64(name)) != 0:
            class_version += 1
            method_version += 1
            return
    elif typeof(o) == TAG_FUNC:
        fd = func_attr_dict(o, 0)
        if fd != 0 and dict_del(fd, u64(name)) != 0:
            return
    attr_error(o, u64(name))


def property_error(p: i64, name: i32, c: i32, what: i32) -> None:
    # AttributeError: property 'x' of 'C' object has no setter
    if ENUMS:
        if Type.flags[c] & CLS_ENUM:
            if p == type_lookup(i32(enum_base), u64(name)):
                if str_eq(what, "setter"):
                    en_property_error(name, "set")
                    return
                en_property_error(name, "delete")
                return
    s = sb_new(64)
    sb_str(s, "property '")
    sb_str(s, name)
    sb_str(s, "' of '")
    sb_str(s, Type.name[c])
    sb_str(s, "' object has no ")
    sb_str(s, what)
    raise_(EXC_ATTR, sb_done(s))
