# printf-style `%` formatting of a str literal. The compiler parses the
# format at build time (front/percent.rs) and formats each conversion as
# an f-string field; these check and convert the arguments as CPython
# does, with its TypeErrors.


def pct_args(v: i64, n: i32) -> i64:
    # The arguments as a tuple of exactly n: v itself when it is a tuple,
    # else v as the only one.
    if typeof(v) == TAG_TUPLE:
        got = Tuple.len[i32(v)]
        if got < n:
            raise_(EXC_TYPE, "not enough arguments for format string")
            return 0
        if got > n:
            raise_(EXC_TYPE, "not all arguments converted during string formatting")
            return 0
        return v
    if n == 0:
        if typeof(v) == TAG_DICT:
            return u64(tuple_of(0))
        raise_(EXC_TYPE, "not all arguments converted during string formatting")
        return 0
    if n > 1:
        raise_(EXC_TYPE, "not enough arguments for format string")
        return 0
    t = tuple_of(1)
    store64(Tuple.items[t], v)
    return u64(t)


def pct_int(v: i64, code: i32) -> i64:
    # %d and %i take any real number (a float is truncated); %x an int.
    k = num_kind(v)
    if k == 1:
        return mkint(intval(v))
    if k == 2 and code != 120:
        return int_(v, 0)
    s = sb_new(64)
    sb_byte(s, 37)
    sb_byte(s, code)
    if code == 120:
        sb_str(s, " format: an integer is required, not ")
    else:
        sb_str(s, " format: a real number is required, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def pct_float(v: i64) -> i64:
    # %f, %e, %g take any real number.
    if num_kind(v) != 0:
        return mkfloat(floatval(v))
    s = sb_new(48)
    sb_str(s, "must be real number, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0
