# The entry points of `import random`: the module's functions on its
# generator (front/stdmod.rs calls random_NAME) and the methods of
# random.Random instances (m_NAME), both onto runtime/random.py's rx_NAME
# with the state to draw from. Generated shape, one pair per function:
# an argument not passed is 0, and a method checks the required ones
# itself (the method table has no counts) with CPython's TypeError.


def rnd_self(v: i64, name: i32) -> i32:
    # A Random instance's state, seeded (mt_ready); 0 with AttributeError.
    if typeof(v) != TAG_RANDOM:
        no_method(v, name)
        return 0
    return mt_ready(i32(v))


def rnd_missing(meth: i32, param: i32) -> i64:
    s = sb_new(80)
    sb_str(s, "Random.")
    sb_str(s, meth)
    sb_str(s, "() missing 1 required positional argument: '")
    sb_str(s, param)
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def random_new(x: i64) -> i64:
    # random.Random(x): a state record of its own, seeded by x as seed()
    # seeds; with no x, from entropy at its first use in a request.
    st = alloc(RS_SIZE)
    memfill(st, 0, RS_SIZE)
    store32(st, TAG_RANDOM)
    if x != 0 and x != NONE:
        if rx_seed(st, x, 0) == 0:
            return 0
    return u64(st)


def random_seed(a: i64, version: i64) -> i64:
    return rx_seed(mt_raw(), a, version)


def m_seed(v: i64, a: i64, version: i64) -> i64:
    st = rnd_raw_self(v, "seed")
    if st == 0:
        return 0
    return rx_seed(st, a, version)


def random_getrandbits(k: i64) -> i64:
    return rx_getrandbits(mt_state(), k)


def m_getrandbits(v: i64, k: i64) -> i64:
    st = rnd_self(v, "getrandbits")
    if st == 0:
        return 0
    if k == 0:
        return rnd_missing("getrandbits", "k")
    return rx_getrandbits(st, k)


def random_randbytes(n: i64) -> i64:
    return rx_randbytes(mt_state(), n)


def m_randbytes(v: i64, n: i64) -> i64:
    st = rnd_self(v, "randbytes")
    if st == 0:
        return 0
    if n == 0:
        return rnd_missing("randbytes", "n")
    return rx_randbytes(st, n)


def random_randrange(start: i64, stop: i64, step: i64) -> i64:
    return rx_randrange(mt_state(), start, stop, step)


def m_randrange(v: i64, start: i64, stop: i64, step: i64) -> i64:
    st = rnd_self(v, "randrange")
    if st == 0:
        return 0
    if start == 0:
        return rnd_missing("randrange", "start")
    return rx_randrange(st, start, stop, step)


def random_randint(a: i64, b: i64) -> i64:
    return rx_randint(mt_state(), a, b)


def m_randint(v: i64, a: i64, b: i64) -> i64:
    st = rnd_self(v, "randint")
    if st == 0:
        return 0
    if a == 0:
        return rnd_missing("randint", "a")
    if b == 0:
        return rnd_missing("randint", "b")
    return rx_randint(st, a, b)


def random_choice(seq: i64) -> i64:
    return rx_choice(mt_state(), seq)


def m_choice(v: i64, seq: i64) -> i64:
    st = rnd_self(v, "choice")
    if st == 0:
        return 0
    if seq == 0:
        return rnd_missing("choice", "seq")
    return rx_choice(st, seq)


def random_choices(population: i64, weights: i64, cum_weights: i64, k: i64) -> i64:
    return rx_choices(mt_state(), population, weights, cum_weights, k)


def m_choices(v: i64, population: i64, weights: i64, cum_weights: i64, k: i64) -> i64:
    st = rnd_self(v, "choices")
    if st == 0:
        return 0
    if population == 0:
        return rnd_missing("choices", "population")
    return rx_choices(st, population, weights, cum_weights, k)


def random_shuffle(x: i64) -> i64:
    return rx_shuffle(mt_state(), x)


def m_shuffle(v: i64, x: i64) -> i64:
    st = rnd_self(v, "shuffle")
    if st == 0:
        return 0
    if x == 0:
        return rnd_missing("shuffle", "x")
    return rx_shuffle(st, x)


def random_sample(population: i64, k: i64) -> i64:
    return rx_sample(mt_state(), population, k)


def m_sample(v: i64, population: i64, k: i64) -> i64:
    st = rnd_self(v, "sample")
    if st == 0:
        return 0
    if population == 0:
        return rnd_missing("sample", "population")
    if k == 0:
        return rnd_missing("sample", "k")
    return rx_sample(st, population, k)


def random_uniform(a: i64, b: i64) -> i64:
    return rx_uniform(mt_state(), a, b)


def m_uniform(v: i64, a: i64, b: i64) -> i64:
    st = rnd_self(v, "uniform")
    if st == 0:
        return 0
    if a == 0:
        return rnd_missing("uniform", "a")
    if b == 0:
        return rnd_missing("uniform", "b")
    return rx_uniform(st, a, b)


def random_triangular(low: i64, high: i64, mode: i64) -> i64:
    return rx_triangular(mt_state(), low, high, mode)


def m_triangular(v: i64, low: i64, high: i64, mode: i64) -> i64:
    st = rnd_self(v, "triangular")
    if st == 0:
        return 0
    return rx_triangular(st, low, high, mode)


def random_gauss(mu: i64, sigma: i64) -> i64:
    return rx_gauss(mt_state(), mu, sigma)


def m_gauss(v: i64, mu: i64, sigma: i64) -> i64:
    st = rnd_self(v, "gauss")
    if st == 0:
        return 0
    return rx_gauss(st, mu, sigma)


def random_normalvariate(mu: i64, sigma: i64) -> i64:
    return rx_normalvariate(mt_state(), mu, sigma)


def m_normalvariate(v: i64, mu: i64, sigma: i64) -> i64:
    st = rnd_self(v, "normalvariate")
    if st == 0:
        return 0
    return rx_normalvariate(st, mu, sigma)


def random_lognormvariate(mu: i64, sigma: i64) -> i64:
    return rx_lognormvariate(mt_state(), mu, sigma)


def m_lognormvariate(v: i64, mu: i64, sigma: i64) -> i64:
    st = rnd_self(v, "lognormvariate")
    if st == 0:
        return 0
    if mu == 0:
        return rnd_missing("lognormvariate", "mu")
    if sigma == 0:
        return rnd_missing("lognormvariate", "sigma")
    return rx_lognormvariate(st, mu, sigma)


def random_expovariate(lambd: i64) -> i64:
    return rx_expovariate(mt_state(), lambd)


def m_expovariate(v: i64, lambd: i64) -> i64:
    st = rnd_self(v, "expovariate")
    if st == 0:
        return 0
    if lambd == 0:
        return rnd_missing("expovariate", "lambd")
    return rx_expovariate(st, lambd)


def random_gammavariate(alpha: i64, beta: i64) -> i64:
    return rx_gammavariate(mt_state(), alpha, beta)


def m_gammavariate(v: i64, alpha: i64, beta: i64) -> i64:
    st = rnd_self(v, "gammavariate")
    if st == 0:
        return 0
    if alpha == 0:
        return rnd_missing("gammavariate", "alpha")
    if beta == 0:
        return rnd_missing("gammavariate", "beta")
    return rx_gammavariate(st, alpha, beta)


def random_betavariate(alpha: i64, beta: i64) -> i64:
    return rx_betavariate(mt_state(), alpha, beta)


def m_betavariate(v: i64, alpha: i64, beta: i64) -> i64:
    st = rnd_self(v, "betavariate")
    if st == 0:
        return 0
    if alpha == 0:
        return rnd_missing("betavariate", "alpha")
    if beta == 0:
        return rnd_missing("betavariate", "beta")
    return rx_betavariate(st, alpha, beta)


def random_vonmisesvariate(mu: i64, kappa: i64) -> i64:
    return rx_vonmisesvariate(mt_state(), mu, kappa)


def m_vonmisesvariate(v: i64, mu: i64, kappa: i64) -> i64:
    st = rnd_self(v, "vonmisesvariate")
    if st == 0:
        return 0
    if mu == 0:
        return rnd_missing("vonmisesvariate", "mu")
    if kappa == 0:
        return rnd_missing("vonmisesvariate", "kappa")
    return rx_vonmisesvariate(st, mu, kappa)


def random_paretovariate(alpha: i64) -> i64:
    return rx_paretovariate(mt_state(), alpha)


def m_paretovariate(v: i64, alpha: i64) -> i64:
    st = rnd_self(v, "paretovariate")
    if st == 0:
        return 0
    if alpha == 0:
        return rnd_missing("paretovariate", "alpha")
    return rx_paretovariate(st, alpha)


def random_weibullvariate(alpha: i64, beta: i64) -> i64:
    return rx_weibullvariate(mt_state(), alpha, beta)


def m_weibullvariate(v: i64, alpha: i64, beta: i64) -> i64:
    st = rnd_self(v, "weibullvariate")
    if st == 0:
        return 0
    if alpha == 0:
        return rnd_missing("weibullvariate", "alpha")
    if beta == 0:
        return rnd_missing("weibullvariate", "beta")
    return rx_weibullvariate(st, alpha, beta)


def rnd_raw_self(v: i64, name: i32) -> i32:
    # seed() on an instance: its state as it is.
    if typeof(v) != TAG_RANDOM:
        no_method(v, name)
        return 0
    return i32(v)


def random_random() -> i64:
    return rx_random(mt_state())


def m_random(v: i64) -> i64:
    st = rnd_self(v, "random")
    if st == 0:
        return 0
    return rx_random(st)


def random_repr(b: i32, v: i64) -> None:
    # <random.Random object at 0x...>, the address in the sandbox.
    sb_str(b, "<random.Random object at ")
    sb_hex_addr(b, i32(v))
    sb_byte(b, 62)
