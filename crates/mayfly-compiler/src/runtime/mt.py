# The Mersenne Twister behind `import random` (MT19937, 32-bit words),
# seeded as CPython seeds it (init_by_array over the 32-bit chunks of the
# seed's magnitude, least significant first), so that a seeded program
# draws CPython's numbers.
#
# One state record per generator (the module's, taken from the arena at
# first use, and each random.Random instance): its tag, the next index
# into the 624 words, how it was seeded (RS_*), then gauss()'s pending
# second value and the words. An
# unseeded generator (or one seeded by seed(None)) is seeded from the
# host's entropy in the request that first uses it: module-level code runs
# once at load and its memory is the image every request starts from, so
# a state seeded from entropy during init would replay the same numbers
# in every request. rand_epoch tells the two apart (0 at load, 1 in a
# request: front/mod.rs sets it at the top of mayfly_handle).

MT_N = 624
MT_M = 397
# Offsets in the state record (a random.Random instance is one, tagged).
RS_TAG = 0
RS_INDEX = 4
RS_HOW = 8
RS_HAS_GAUSS = 12
RS_GAUSS = 16
RS_WORDS = 24
RS_SIZE = 2520
# RS_HOW: never seeded; seeded by the program (stays as it is); seeded
# from entropy in epoch (value - RS_AUTO).
RS_NEVER = 0
RS_SEEDED = 1
RS_AUTO = 2

rand_state: i32 = 0
rand_epoch: i32 = 0


def mt_word(st: i32, i: i32) -> i32:
    return load32(st + RS_WORDS + 4 * i)


def mt_set(st: i32, i: i32, w: i32) -> None:
    store32(st + RS_WORDS + 4 * i, w)


def mt_init_genrand(st: i32, s: i32) -> None:
    mt_set(st, 0, s)
    i = 1
    while i < MT_N:
        prev = mt_word(st, i - 1)
        mt_set(st, i, 1812433253 * (prev ^ shru(prev, 30)) + i)
        i += 1
    store32(st + RS_INDEX, MT_N)


def mt_init_by_array(st: i32, key: i32, n: i32) -> None:
    # The reference seeding from n 32-bit words at key (n >= 1).
    mt_init_genrand(st, 19650218)
    i = 1
    j = 0
    k = n
    if k < MT_N:
        k = MT_N
    while k > 0:
        prev = mt_word(st, i - 1)
        w = (mt_word(st, i) ^ ((prev ^ shru(prev, 30)) * 1664525)) + load32(key + 4 * j) + j
        mt_set(st, i, w)
        i += 1
        j += 1
        if i >= MT_N:
            mt_set(st, 0, mt_word(st, MT_N - 1))
            i = 1
        if j >= n:
            j = 0
        k -= 1
    k = MT_N - 1
    while k > 0:
        prev = mt_word(st, i - 1)
        mt_set(st, i, (mt_word(st, i) ^ ((prev ^ shru(prev, 30)) * 1566083941)) - i)
        i += 1
        if i >= MT_N:
            mt_set(st, 0, mt_word(st, MT_N - 1))
            i = 1
        k -= 1
    mt_set(st, 0, -2147483647 - 1)
    store32(st + RS_HAS_GAUSS, 0)


def mt_twist(st: i32) -> None:
    # The next 624 words, all at once, as the reference generator does.
    kk = 0
    while kk < MT_N:
        y = (mt_word(st, kk) & (-2147483647 - 1)) | (mt_word(st, (kk + 1) % MT_N) & 2147483647)
        w = mt_word(st, (kk + MT_M) % MT_N) ^ shru(y, 1)
        if y & 1:
            w = w ^ -1727483681
        mt_set(st, kk, w)
        kk += 1
    store32(st + RS_INDEX, 0)


def mt_next(st: i32) -> i32:
    # genrand_uint32: one tempered word.
    i = load32(st + RS_INDEX)
    if i >= MT_N:
        mt_twist(st)
        i = 0
    y = mt_word(st, i)
    store32(st + RS_INDEX, i + 1)
    y = y ^ shru(y, 11)
    y = y ^ ((y << 7) & -1658038656)
    y = y ^ ((y << 15) & -272236544)
    return y ^ shru(y, 18)


def mt_raw() -> i32:
    # The module generator's record, as it is.
    if rand_state == 0:
        rand_state = alloc(RS_SIZE)
        memfill(rand_state, 0, RS_SIZE)
    return rand_state


def mt_state() -> i32:
    return mt_ready(mt_raw())


def mt_ready(st: i32) -> i32:
    # A generator seeded: from entropy if the program has not seeded it
    # in a way that holds (see the top of this file).
    how = load32(st + RS_HOW)
    if how != RS_SEEDED and how != RS_AUTO + rand_epoch:
        mt_seed_entropy(st)
    return st


def mt_seed_entropy(st: i32) -> None:
    # 256 bits from the host as the key. CPython reads 2496 bytes of
    # os.urandom; either way the sequence is unpredictable and no program
    # can tell the two apart.
    key = static_(32)
    entropy(key, 32)
    mt_init_by_array(st, key, 8)
    store32(st + RS_HOW, RS_AUTO + rand_epoch)


def mt_seed_words(st: i32, key: i32, n: i32) -> None:
    # seed() of a magnitude given as n u32 words (n 0: the seed 0).
    if n == 0:
        store32(key, 0)
        n = 1
    mt_init_by_array(st, key, n)
    store32(st + RS_HOW, RS_SEEDED)


def mt_random(st: i32) -> f64:
    # random(): 53 random bits as CPython combines them.
    a = shru(mt_next(st), 5)
    b = shru(mt_next(st), 6)
    return (f64(a) * 67108864.0 + f64(b)) * (1.0 / 9007199254740992.0)
