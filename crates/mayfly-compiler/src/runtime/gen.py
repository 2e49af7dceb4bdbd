# Generators: the objects a call of a function with `yield` (or a
# generator expression) makes, and resuming them.
#
# The compiler turns the function's body into a resume function (front/
# gen.rs): called through the generator's dispatch slot with (env, gen),
# it restores its locals from Gen.frame, runs from where it last yielded
# and either yields (saves its locals, sets the state SUSPENDED, returns
# the value), returns (the state is still RUNNING; the value is the
# return statement's) or raises (0 with `exc` pending). What resumed it
# passed the sent value and any exception to throw in Gen.sent and
# Gen.thrown.

# The states (Gen.state) are the layout table's GEN_CREATED,
# GEN_SUSPENDED, GEN_RUNNING and GEN_CLOSED.


def gen_new(env: i32, slot: i32, nslots: i32, name: i32) -> i32:
    # The generator of one call, before its first statement; the caller
    # stores the arguments into the first frame slots.
    g = alloc(Gen.SIZE)
    Gen.tag[g] = TAG_GEN
    Gen.kind[g] = IT_GEN
    Gen.state[g] = GEN_CREATED
    Gen.slot[g] = slot
    Gen.env[g] = env
    # Zeroed: a local the body has not bound yet reads as unbound (0).
    f = alloc(8 * nslots)
    memfill(f, 0, 8 * nslots)
    Gen.frame[g] = f
    Gen.name[g] = name
    Gen.sent[g] = NONE
    Gen.thrown[g] = 0
    Gen.retval[g] = NONE
    return g


def gen_run(g: i32, sent: i64, thrown: i64) -> i64:
    # Runs the body to its next yield (the value, state SUSPENDED) or its
    # end (0, state CLOSED; a return statement's value in Gen.retval, or
    # `exc` pending). The try level is raised around it, so an exception
    # comes back here instead of ending the request inside the body.
    Gen.state[g] = GEN_RUNNING
    Gen.sent[g] = sent
    Gen.thrown[g] = thrown
    lf = loc_func
    ll = loc_line
    try_depth += 1
    v = call_ind(Gen.env[g], g, 0, Gen.slot[g])
    try_depth -= 1
    loc_func = lf
    loc_line = ll
    if exc != 0:
        Gen.state[g] = GEN_CLOSED
        return 0
    if Gen.state[g] == GEN_RUNNING:
        Gen.state[g] = GEN_CLOSED
        Gen.retval[g] = v
        return 0
    return v


def gen_resume(g: i32, sent: i64, thrown: i64) -> i64:
    # next(), send() and throw(): the value yielded, or 0 when the
    # generator is exhausted (exc == 0) or raised (exc pending, raised
    # again here so that it ends the request if nothing catches it).
    st = Gen.state[g]
    if st == GEN_RUNNING:
        raise_(EXC_VALUE, "generator already executing")
        return 0
    if st == GEN_CLOSED:
        if thrown != 0:
            raise_obj(thrown)
        return 0
    if st == GEN_CREATED:
        if thrown != 0:
            # Thrown into a generator that never started: it ends at once.
            Gen.state[g] = GEN_CLOSED
            raise_obj(thrown)
            return 0
        if sent != NONE:
            raise_(EXC_TYPE, "can't send non-None value to a just-started generator")
            return 0
    v = gen_run(g, sent, thrown)
    if exc != 0:
        e = exc
        exc = 0
        if exc_matches(Exc.kind[i32(e)], EXC_STOP_ITERATION) and Exc.cls[i32(e)] == 0:
            # PEP 479: a StopIteration escaping a generator's body would
            # silently end the loop consuming it; it becomes this.
            r = exc_new(EXC_RUNTIME, u64("generator raised StopIteration"))
            Exc.cause[i32(r)] = i32(e)
            Exc.context[i32(r)] = i32(e)
            Exc.suppress[i32(r)] = 1
            Exc.traceback[i32(r)] = Exc.traceback[i32(e)]
            Exc.line[i32(r)] = Exc.line[i32(e)]
            Exc.func[i32(r)] = Exc.func[i32(e)]
            e = r
        raise_obj(e)
        return 0
    return v


def stop_iteration(value: i64) -> i64:
    # StopIteration(value), or StopIteration() for None.
    a: i64 = 0
    if value != NONE:
        a = value
    raise_val(EXC_STOP_ITERATION, a)
    return 0


def gen_next_v(g: i32, dflt: i64) -> i64:
    # next(gen) and next(gen, default).
    v = gen_resume(g, NONE, 0)
    if v != 0 or exc != 0:
        return v
    if dflt != 0:
        return dflt
    return stop_iteration(Gen.retval[g])


def yf_step(it: i64, sent: i64, thrown: i64) -> i64:
    # One step of `yield from it`: the next value to pass out, 0 when it
    # is exhausted (yf_result then) or raised (exc pending). A sent value
    # and a thrown exception go to a generator; close() closes it first.
    if typeof(it) == TAG_GEN:
        g = i32(it)
        if thrown != 0:
            if Exc.kind[i32(thrown)] == EXC_GENERATOR_EXIT and Exc.cls[i32(thrown)] == 0:
                m_close(it)
                if exc == 0:
                    raise_obj(thrown)
                return 0
            return gen_resume(g, NONE, thrown)
        return gen_resume(g, sent, 0)
    if thrown != 0:
        raise_obj(thrown)
        return 0
    if sent != NONE:
        return no_method(it, "send")
    return next_(it)


def yf_result(it: i64) -> i64:
    # The value of a finished `yield from`: a generator's return value.
    if typeof(it) == TAG_GEN:
        return Gen.retval[i32(it)]
    return NONE


def gen_repr_into(b: i32, v: i64) -> None:
    sb_str(b, "<generator object ")
    sb_str(b, Gen.name[i32(v)])
    sb_str(b, " at ")
    sb_hex_addr(b, i32(v))
    sb_byte(b, 62)
