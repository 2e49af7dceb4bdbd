# The methods of generator objects: send, throw and close. Not in gen.py,
# which only programs that make generators link: called on anything else
# (a program without generators can still write `x.send(1)`) they raise
# AttributeError as CPython does.


def gen_of(v: i64, name: i32) -> i32:
    # The generator a method of generators was called on (0 otherwise:
    # AttributeError pending).
    if typeof(v) != TAG_GEN:
        no_method(v, name)
        return 0
    return i32(v)


def m_send(v: i64, value: i64) -> i64:
    g = gen_of(v, "send")
    if g == 0:
        return 0
    if value == 0:
        raise_(EXC_TYPE, "generator.send() takes exactly one argument (0 given)")
        return 0
    r = gen_resume(g, value, 0)
    if r != 0 or exc != 0:
        return r
    return stop_iteration(Gen.retval[g])


def m_throw(v: i64, typ: i64) -> i64:
    g = gen_of(v, "throw")
    if g == 0:
        return 0
    if typ == 0:
        raise_(EXC_TYPE, "throw expected at least 1 argument, got 0")
        return 0
    e = exc_value(typ, "exceptions must be classes or instances deriving from BaseException, not type")
    if e == 0:
        return 0
    r = gen_resume(g, NONE, e)
    if r != 0 or exc != 0:
        return r
    return stop_iteration(Gen.retval[g])


def m_close(v: i64) -> i64:
    g = gen_of(v, "close")
    if g == 0:
        return 0
    st = Gen.state[g]
    if st == GEN_RUNNING:
        raise_(EXC_VALUE, "generator already executing")
        return 0
    if st != GEN_SUSPENDED:
        Gen.state[g] = GEN_CLOSED
        return NONE
    r = gen_run(g, NONE, exc_new(EXC_GENERATOR_EXIT, 0))
    if exc != 0:
        k = Exc.kind[i32(exc)]
        if Exc.cls[i32(exc)] == 0 and (k == EXC_GENERATOR_EXIT or k == EXC_STOP_ITERATION):
            exc = 0
            return NONE
        e = exc
        exc = 0
        raise_obj(e)
        return 0
    if Gen.state[g] == GEN_SUSPENDED:
        Gen.state[g] = GEN_CLOSED
        raise_(EXC_RUNTIME, "generator ignored GeneratorExit")
        return 0
    return NONE
