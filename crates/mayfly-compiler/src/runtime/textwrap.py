# `import textwrap`: dedent and indent, as CPython 3.11's.
#
# dedent works on the UTF-8 bytes (spaces, tabs and newlines are ASCII):
# a line of only spaces and tabs becomes empty; the margin is the longest
# run of spaces and tabs that starts every other line (lines are split at
# "\n" only, as CPython's regular expressions see them; a tab and a space
# are different characters, never equal); it is cut from each of those
# lines.


def tw_dedent(text: i64) -> i64:
    t = typeof(text)
    if t != TAG_STR:
        if t == TAG_BYTES:
            raise_(EXC_TYPE, "cannot use a string pattern on a bytes-like object")
            return 0
        s = sb_new(64)
        sb_str(s, "expected string or bytes-like object, got '")
        sb_str(s, type_name(text))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    src = i32(text)
    n = Str.nbytes[src]
    p = Str.data[src]
    # Pass 1: the text with whitespace-only lines emptied, and the margin
    # (an offset into the result and a length; -1 while no line has
    # content) as the common prefix of the content lines' indents.
    b = sb_new(n + 1)
    mstart = 0
    mlen = -1
    i = 0
    while i <= n:
        j = i
        while j < n and load8(p + j) != 10:
            j += 1
        k = i
        while k < j and is_blank(load8(p + k)):
            k += 1
        at = Builder.len[b]
        if k < j:
            sb_bytes(b, p + i, j - i)
            if mlen < 0:
                mstart = at
                mlen = k - i
            else:
                q = Builder.buf[b] + Str.SIZE
                c = 0
                while c < mlen and c < k - i and load8(q + mstart + c) == load8(p + i + c):
                    c += 1
                mlen = c
        if j < n:
            sb_byte(b, 10)
        i = j + 1
    out = sb_done(b)
    if mlen <= 0:
        return u64(out)
    # Pass 2: every line with content loses the margin.
    d = Str.data[out]
    m = Str.nbytes[out]
    r = sb_new(m)
    i = 0
    while i <= m:
        j = i
        while j < m and load8(d + j) != 10:
            j += 1
        if j > i:
            sb_bytes(r, d + i + mlen, j - i - mlen)
        if j < m:
            sb_byte(r, 10)
        i = j + 1
    return u64(sb_done(r))


def is_blank(c: i32) -> i32:
    return c == 32 or c == 9


def tw_indent(text: i64, prefix: i64, predicate: i64) -> i64:
    # prefix + line for each line of text.splitlines(True) that the
    # predicate (default: the line has something besides whitespace)
    # says yes to.
    lines = m_splitlines(text, TRUE)
    if lines == 0:
        return 0
    p = i32(lines)
    out = list_new()
    i = 0
    while i < List.len[p]:
        line = load64(List.items[p] + 8 * i)
        yes: i32 = 0
        if predicate == 0 or predicate == NONE:
            yes = Str.nbytes[i32(m_strip(line, 0))] != 0
        else:
            v = call1(predicate, line)
            if v == 0:
                return 0
            yes = truthy(v)
            if exc != 0:
                return 0
        if yes != 0:
            line = add(prefix, line)
            if line == 0:
                return 0
        list_append(out, line)
        i += 1
    return m_join(u64(""), out)
