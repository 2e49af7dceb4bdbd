# abc: ABC, ABCMeta (as `metaclass=ABCMeta`) and abstractmethod. ABC is a
# user class (Type) made once by abc_base; CLS_ABC, which its subclasses
# inherit (class_new), stands for CPython's metaclass ABCMeta, whose work
# is done by hooks on the class paths: class_done computes the class's
# abstract methods (abc_done), and calling a class that has some raises
# CPython's TypeError (abc_check) before any instance exists.
#
# abstractmethod marks a function with FUNC_ABSTRACT in Func.flags
# (CPython sets its __isabstractmethod__); a staticmethod or classmethod
# is abstract when its function is, a property when one of its
# functions is.

CLS_ABC = 32
# The ABC class itself: its repr names the module (not inherited).
CLS_ABC_BASE = 64
FUNC_ABSTRACT = 4

abc_base: i64 = 0


def abc_class() -> i64:
    if abc_base != 0:
        return abc_base
    c = class_new("ABC", u64(tuple_of(0)))
    Type.flags[i32(c)] = Type.flags[i32(c)] | CLS_ABC | CLS_ABC_BASE
    abc_base = c
    return c


def abc_mark(c: i64) -> i64:
    # `class C(metaclass=ABCMeta)`, before the class body runs.
    Type.flags[i32(c)] = Type.flags[i32(c)] | CLS_ABC
    return c


def abc_abstractmethod(f: i64) -> i64:
    t = typeof(f)
    if t == TAG_FUNC:
        Func.flags[i32(f)] = Func.flags[i32(f)] | FUNC_ABSTRACT
        return f
    if t == TAG_DESC and Desc.kind[i32(f)] != DESC_PROPERTY:
        abc_abstractmethod(Desc.get[i32(f)])
        if exc != 0:
            return 0
        return f
    if t == TAG_DESC:
        raise_(EXC_ATTR, "attribute '__isabstractmethod__' of 'property' objects is not writable")
        return 0
    s = sb_new(64)
    sb_byte(s, 39)
    sb_str(s, type_name(f))
    sb_str(s, "' object has no attribute '__isabstractmethod__'")
    raise_(EXC_ATTR, sb_done(s))
    return 0


def abc_is_abstract(v: i64) -> i32:
    t = typeof(v)
    if t == TAG_FUNC:
        return (Func.flags[i32(v)] & FUNC_ABSTRACT) != 0
    if t != TAG_DESC:
        return 0
    p = i32(v)
    if Desc.get[p] != 0 and abc_is_abstract(Desc.get[p]):
        return 1
    if Desc.kind[p] != DESC_PROPERTY:
        return 0
    if Desc.set[p] != 0 and abc_is_abstract(Desc.set[p]):
        return 1
    return Desc.deleter[p] != 0 and abc_is_abstract(Desc.deleter[p])


def abc_has(names: i64, name: i32) -> i32:
    i = 0
    while i < List.len[i32(names)]:
        if str_eq(i32(load64(List.items[i32(names)] + 8 * i)), name):
            return 1
        i += 1
    return 0


def abc_done(c: i32) -> None:
    # The class's abstract methods, as ABCMeta computes them: the names
    # of its namespace bound to abstract values, and each abstract name
    # of a base that is still abstract in this class.
    names = list_new()
    d = Type.dict[c]
    it = iter_(d)
    while 1:
        k = next_(it)
        if k == 0:
            break
        if abc_is_abstract(Entry.value[dict_lookup(d, k)]):
            list_append(names, k)
    bases = Type.bases[c]
    i = 0
    while i < Tuple.len[bases]:
        b = load64(Tuple.items[bases] + 8 * i)
        if typeof(b) == TAG_TYPE and Type.abstract[i32(b)] != 0:
            inherited = Type.abstract[i32(b)]
            j = 0
            while j < List.len[inherited]:
                name = i32(load64(List.items[inherited] + 8 * j))
                if abc_has(names, name) == 0 and abc_is_abstract(type_lookup(c, u64(name))):
                    list_append(names, u64(name))
                j += 1
        i += 1
    if List.len[i32(names)] == 0:
        Type.abstract[c] = 0
        return
    m_sort(names, 0, 0)
    Type.abstract[c] = i32(names)


def abc_check(c: i32) -> i32:
    # Calling class c: 1 with CPython's TypeError when it has abstract
    # methods.
    names = Type.abstract[c]
    if names == 0:
        return 0
    n = List.len[names]
    s = sb_new(96)
    sb_str(s, "Can't instantiate abstract class ")
    sb_str(s, Type.name[c])
    sb_str(s, " with abstract method")
    if n > 1:
        sb_byte(s, 115)
    sb_byte(s, 32)
    i = 0
    while i < n:
        if i > 0:
            sb_str(s, ", ")
        sb_str(s, i32(load64(List.items[names] + 8 * i)))
        i += 1
    raise_(EXC_TYPE, sb_done(s))
    return 1
