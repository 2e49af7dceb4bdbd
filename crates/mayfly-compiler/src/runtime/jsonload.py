# json.loads: a recursive-descent parser with CPython's results (ints for
# integral numbers, correctly rounded floats, NaN/Infinity, last duplicate
# key wins at the first one's position) and CPython's error messages,
# raised as ValueError (CPython's JSONDecodeError is a ValueError).

jl_s: i32 = 0
jl_n: i32 = 0
jl_i: i32 = 0


def json_loads(v: i64) -> i64:
    if typeof(v) != TAG_STR:
        s = sb_new(64)
        sb_str(s, "the JSON object must be str, bytes or bytearray, not ")
        sb_str(s, type_name(v))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    jl_s = i32(v)
    jl_n = Str.nbytes[jl_s]
    jl_i = 0
    jl_ws()
    r = jl_value()
    if r == 0:
        return 0
    jl_ws()
    if jl_i != jl_n:
        return jl_error("Extra data", jl_i)
    return r


def jl_error(msg: i32, at: i32) -> i64:
    # "msg: line L column C (char P)", P and C counted in code points.
    p = Str.data[jl_s]
    line = 1
    col = 1
    chars = 0
    i = 0
    while i < at:
        c = load8(p + i)
        if (c & 192) != 128:
            chars += 1
            col += 1
        if c == 10:
            line += 1
            col = 1
        i += 1
    b = sb_new(64)
    sb_str(b, msg)
    sb_str(b, ": line ")
    sb_int(b, i64(line))
    sb_str(b, " column ")
    sb_int(b, i64(col))
    sb_str(b, " (char ")
    sb_int(b, i64(chars))
    sb_byte(b, 41)
    raise_(EXC_JSON_DECODE, sb_done(b))
    return 0


def jl_peek() -> i32:
    if jl_i < jl_n:
        return load8(Str.data[jl_s] + jl_i)
    return -1


def jl_ws() -> None:
    while jl_i < jl_n:
        c = load8(Str.data[jl_s] + jl_i)
        if c != 32 and c != 9 and c != 10 and c != 13:
            return
        jl_i += 1


def jl_lit(word: i32, value: i64) -> i64:
    # Matches the literal `word` at the cursor; 0 if it is not there.
    n = Str.nbytes[word]
    if jl_i + n > jl_n:
        return 0
    k = 0
    while k < n:
        if load8(Str.data[jl_s] + jl_i + k) != load8(Str.data[word] + k):
            return 0
        k += 1
    jl_i += n
    return value


def jl_value() -> i64:
    c = jl_peek()
    r: i64 = 0
    if c == 34:
        return jl_string()
    if c == 123:
        return jl_object()
    if c == 91:
        return jl_array()
    if c == 110:
        r = jl_lit("null", NONE)
    elif c == 116:
        r = jl_lit("true", TRUE)
    elif c == 102:
        r = jl_lit("false", FALSE)
    elif c == 78:
        r = jl_lit("NaN", mkfloat((1e308 * 10.0) - (1e308 * 10.0)))
    elif c == 73:
        r = jl_lit("Infinity", mkfloat(1e308 * 10.0))
    elif c == 45 and jl_i + 1 < jl_n and load8(Str.data[jl_s] + jl_i + 1) == 73:
        r = jl_lit("-Infinity", mkfloat(0.0 - 1e308 * 10.0))
    elif c == 45 or (c >= 48 and c <= 57):
        r = jl_number()
    if r == 0:
        return jl_error("Expecting value", jl_i)
    return r


def jl_digits() -> i32:
    # Skips a run of ASCII digits; returns how many.
    start = jl_i
    p = Str.data[jl_s]
    n = jl_n
    i = start
    while i < n:
        c = load8(p + i)
        if c < 48 or c > 57:
            break
        i += 1
    jl_i = i
    return i - start


def jl_number() -> i64:
    # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
    start = jl_i
    p = Str.data[jl_s]
    if load8(p + jl_i) == 45:
        jl_i += 1
    if jl_i >= jl_n or is_digit(load8(p + jl_i)) == 0:
        jl_i = start
        return 0
    if load8(p + jl_i) == 48:
        jl_i += 1
    else:
        jl_digits()
    is_float = 0
    if jl_i + 1 < jl_n and load8(p + jl_i) == 46 and is_digit(load8(p + jl_i + 1)):
        jl_i += 1
        jl_digits()
        is_float = 1
    if jl_i < jl_n and (load8(p + jl_i) | 32) == 101:
        save = jl_i
        jl_i += 1
        if jl_i < jl_n and (load8(p + jl_i) == 43 or load8(p + jl_i) == 45):
            jl_i += 1
        if jl_digits() == 0:
            jl_i = save
        else:
            is_float = 1
    if is_float:
        return parse_float_at(p + start, jl_i - start)
    if jl_i - start <= 18:
        # Up to 18 digits fit an i64: no str, no int() call.
        v: i64 = 0
        i = start
        neg = load8(p + i) == 45
        if neg:
            i += 1
        while i < jl_i:
            v = v * 10 + i64(load8(p + i) - 48)
            i += 1
        if neg:
            v = 0 - v
        return mkint(v)
    return int_(u64(str_from(p + start, jl_i - start)), mkint(i64(10)))


def jl_string() -> i64:
    # The cursor is on the opening quote.
    begin = jl_i
    jl_i += 1
    p = Str.data[jl_s]
    b = sb_new(16)
    while True:
        if jl_i >= jl_n:
            return jl_error("Unterminated string starting at", begin)
        c = load8(p + jl_i)
        if c == 34:
            jl_i += 1
            return u64(sb_done(b))
        if c < 32:
            return jl_error("Invalid control character at", jl_i)
        if c != 92:
            sb_byte(b, c)
            jl_i += 1
            continue
        jl_i += 1
        if jl_i >= jl_n:
            return jl_error("Unterminated string starting at", begin)
        e = load8(p + jl_i)
        jl_i += 1
        if e == 34 or e == 92 or e == 47:
            sb_byte(b, e)
        elif e == 98:
            sb_byte(b, 8)
        elif e == 102:
            sb_byte(b, 12)
        elif e == 110:
            sb_byte(b, 10)
        elif e == 114:
            sb_byte(b, 13)
        elif e == 116:
            sb_byte(b, 9)
        elif e == 117:
            cp = jl_hex4()
            if cp < 0:
                return jl_error("Invalid \\uXXXX escape", jl_i - 1)
            if cp >= 55296 and cp < 56320 and jl_i + 1 < jl_n and load8(p + jl_i) == 92 and load8(p + jl_i + 1) == 117:
                save = jl_i
                jl_i += 2
                lo = jl_hex4()
                if lo >= 56320 and lo < 57344:
                    cp = 65536 + ((cp - 55296) << 10) + (lo - 56320)
                else:
                    jl_i = save
            if cp >= 55296 and cp < 57344:
                # A lone surrogate: CPython keeps it, a UTF-8 str cannot.
                return jl_error("Lone surrogate \\u escapes are not supported", jl_i - 6)
            sb_char(b, cp)
        else:
            return jl_error("Invalid \\escape", jl_i - 2)


def jl_hex4() -> i32:
    if jl_i + 4 > jl_n:
        return -1
    v = 0
    k = 0
    while k < 4:
        c = load8(Str.data[jl_s] + jl_i + k)
        d = -1
        if c >= 48 and c <= 57:
            d = c - 48
        elif (c | 32) >= 97 and (c | 32) <= 102:
            d = (c | 32) - 87
        if d < 0:
            return -1
        v = v * 16 + d
        k += 1
    jl_i += 4
    return v


def jl_array() -> i64:
    jl_i += 1
    r = list_new()
    jl_ws()
    if jl_peek() == 93:
        jl_i += 1
        return r
    while True:
        jl_ws()
        x = jl_value()
        if x == 0:
            return 0
        list_append(r, x)
        jl_ws()
        c = jl_peek()
        jl_i += 1
        if c == 93:
            return r
        if c != 44:
            return jl_error("Expecting ',' delimiter", jl_i - 1)


def jl_object() -> i64:
    jl_i += 1
    r = dict_new()
    jl_ws()
    if jl_peek() == 125:
        jl_i += 1
        return r
    while True:
        jl_ws()
        if jl_peek() != 34:
            return jl_error("Expecting property name enclosed in double quotes", jl_i)
        k = jl_string()
        if k == 0:
            return 0
        jl_ws()
        if jl_peek() != 58:
            return jl_error("Expecting ':' delimiter", jl_i)
        jl_i += 1
        jl_ws()
        x = jl_value()
        if x == 0:
            return 0
        dict_set(r, k, x)
        jl_ws()
        c = jl_peek()
        jl_i += 1
        if c == 125:
            return r
        if c != 44:
            return jl_error("Expecting ',' delimiter", jl_i - 1)
