# textwrap.wrap, fill and shorten, as CPython 3.11's TextWrapper does
# them: the text's whitespace munged (tabs expanded, each of the six
# ASCII whitespace characters made a space), split into chunks, the
# chunks packed into lines of at most `width` characters.
#
# The chunks are what CPython's word-separating pattern splits the text
# into. With break_on_hyphens (the value True itself, as CPython tests
# it), at each position the first of these that matches is a chunk:
#   a run of whitespace (tab, LF, VT, FF, CR, space);
#   an em-dash: two or more '-' after a word-punctuation character and
#   before a word character;
#   a word: the shortest run of non-whitespace that is followed by
#   whitespace or the end, or that ends with a hyphen between letters
#   (two letters before it, or letter-hyphen-letter before it; a letter,
#   an optional hyphen and a letter after it), or that ends in a
#   word-punctuation character before an em-dash.
# Otherwise chunks are runs of whitespace and runs of the rest.
# "Word character" is \w (isalnum or _), "letter" \w without the decimal
# digits, "word punctuation" \w or one of !"'&.,? : Unicode, as re's.
#
# The options live in these globals for one call (wrap calls nothing
# that could re-enter it).
tw_w: i64 = 0
tw_init: i32 = 0
tw_sub: i32 = 0
tw_long: i32 = 0
tw_drop: i32 = 0
tw_hyph: i32 = 0
tw_max: i64 = 0
tw_ph: i32 = 0


def tw_ws(c: i32) -> i32:
    return c == 32 or (c >= 9 and c <= 13)


def tw_wchar(c: i32) -> i32:
    if c < 128:
        lc = c | 32
        return c == 95 or (lc >= 97 and lc <= 122) or (c >= 48 and c <= 57)
    return in_ranges(blob_("is_alnum"), c)


def tw_letter(c: i32) -> i32:
    if c < 128:
        lc = c | 32
        return c == 95 or (lc >= 97 and lc <= 122)
    return in_ranges(blob_("is_alnum"), c) and in_ranges(blob_("is_decimal"), c) == 0


def tw_punct(c: i32) -> i32:
    # word_punct: \w or one of ! " ' & . , ?
    return tw_wchar(c) or c == 33 or c == 34 or c == 39 or c == 38 or c == 46 or c == 44 or c == 63


def tw_dashes(cs: i32, n: i32, j: i32) -> i32:
    # The length of the run of '-' at j if it is an em-dash's: two or
    # more, then a word character; else 0.
    d = 0
    while j + d < n and load32(cs + 4 * (j + d)) == 45:
        d += 1
    if d >= 2 and j + d < n and tw_wchar(load32(cs + 4 * (j + d))):
        return d
    return 0


def tw_at(cs: i32, n: i32, i: i32) -> i32:
    # The code point at i, -1 outside the text.
    if i < 0 or i >= n:
        return -1
    return load32(cs + 4 * i)


def tw_hyphen_end(cs: i32, n: i32, j: i32) -> i32:
    # Does a word end with the hyphen at j (the hyphenated-word case)?
    if tw_at(cs, n, j) != 45:
        return 0
    before = 0
    if tw_letter(tw_at(cs, n, j - 2)) and tw_letter(tw_at(cs, n, j - 1)):
        before = 1
    elif tw_letter(tw_at(cs, n, j - 3)) and tw_at(cs, n, j - 2) == 45 and tw_letter(tw_at(cs, n, j - 1)):
        before = 1
    if before == 0 or tw_letter(tw_at(cs, n, j + 1)) == 0:
        return 0
    if tw_letter(tw_at(cs, n, j + 2)):
        return 1
    return tw_at(cs, n, j + 2) == 45 and tw_letter(tw_at(cs, n, j + 3))


def tw_chunk_end(cs: i32, n: i32, i: i32, hyph: i32) -> i32:
    # The end (a code-point index) of the chunk that starts at i.
    c = load32(cs + 4 * i)
    j = i + 1
    if tw_ws(c):
        while j < n and tw_ws(load32(cs + 4 * j)):
            j += 1
        return j
    if hyph == 0:
        while j < n and tw_ws(load32(cs + 4 * j)) == 0:
            j += 1
        return j
    if c == 45 and tw_punct(tw_at(cs, n, i - 1)):
        d = tw_dashes(cs, n, i)
        if d > 0:
            return i + d
    while j < n:
        if tw_hyphen_end(cs, n, j):
            return j + 1
        c = load32(cs + 4 * j)
        if tw_ws(c):
            return j
        if tw_punct(load32(cs + 4 * (j - 1))) and tw_dashes(cs, n, j) > 0:
            return j
        j += 1
    return n


def tw_chunks(t: i32, hyph: i32) -> i64:
    # The chunks of str t, a list of strs.
    n = Str.nchars[t]
    p = Str.data[t]
    cs = alloc(4 * n + 4)
    at = alloc(4 * n + 4)
    i = 0
    b = 0
    while i < n:
        k = utf8_len(load8(p + b))
        store32(cs + 4 * i, decode_cp(p + b, k))
        store32(at + 4 * i, b)
        b += k
        i += 1
    store32(at + 4 * n, b)
    out = list_new()
    i = 0
    while i < n:
        j = tw_chunk_end(cs, n, i, hyph)
        a = load32(at + 4 * i)
        list_append(out, u64(str_from(p + a, load32(at + 4 * j) - a)))
        i = j
    return out


def tw_blank(s: i32) -> i32:
    # s.strip() == '': every character Unicode whitespace.
    p = Str.data[s]
    n = Str.nbytes[s]
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        if c < 128:
            if tw_ws(c) == 0 and (c < 28 or c > 31):
                return 0
        elif in_ranges(blob_("is_space"), c) == 0:
            return 0
        i += k
    return 1


def tw_item(l: i64, i: i32) -> i32:
    return i32(load64(List.items[i32(l)] + 8 * i))


def tw_fix_endings(chunks: i64) -> None:
    # fix_sentence_endings: a chunk " " after one that ends a sentence
    # ([a-z], then . ! or ?, then an optional quote) becomes two spaces.
    n = List.len[i32(chunks)]
    i = 0
    while i < n - 1:
        s = tw_item(chunks, i)
        p = Str.data[s]
        m = Str.nbytes[s]
        if m > 0 and (load8(p + m - 1) == 34 or load8(p + m - 1) == 39):
            m -= 1
        ends = 0
        if m >= 2:
            e = load8(p + m - 1)
            l = load8(p + m - 2)
            ends = (e == 46 or e == 33 or e == 63) and l >= 97 and l <= 122
        if ends and str_eq(tw_item(chunks, i + 1), " "):
            store64(List.items[i32(chunks)] + 8 * (i + 1), u64("  "))
            i += 2
        else:
            i += 1


def tw_cp_offset(s: i32, k: i32) -> i32:
    # The byte offset of code point k of s.
    p = Str.data[s]
    b = 0
    while k > 0:
        b += utf8_len(load8(p + b))
        k -= 1
    return b


def tw_long_word(chunks: i64, k: i32, cur: i64, cur_len: i64, w: i64) -> i32:
    # _handle_long_word: the chunk at k is longer than a line. Returns
    # the next chunk's index (k, or k + 1 when the chunk was taken whole).
    space: i64 = 1
    if w >= 1:
        space = w - cur_len
    s = tw_item(chunks, k)
    if tw_long:
        end = i32(space)
        n = Str.nchars[s]
        if tw_hyph != 0 and n > end:
            # chunk.rfind('-', 0, space_left), then a hyphen after
            # something besides hyphens.
            hy = -1
            i = 0
            p = Str.data[s]
            b = 0
            first_other = n
            while i < end:
                kk = utf8_len(load8(p + b))
                c = decode_cp(p + b, kk)
                if c == 45:
                    hy = i
                elif first_other == n:
                    first_other = i
                b += kk
                i += 1
            if hy > 0 and first_other < hy:
                end = hy + 1
        cut = tw_cp_offset(s, end)
        p = Str.data[s]
        list_append(cur, u64(str_from(p, cut)))
        store64(List.items[i32(chunks)] + 8 * k, u64(str_from(p + cut, Str.nbytes[s] - cut)))
        return k
    if List.len[i32(cur)] == 0:
        list_append(cur, u64(s))
        return k + 1
    return k


def tw_line(indent: i32, cur: i64) -> i64:
    return u64(str_concat(indent, i32(m_join(u64(""), cur))))


def tw_lines(chunks: i64) -> i64:
    # _wrap_chunks: the lines, a list of strs.
    lines = list_new()
    nc = List.len[i32(chunks)]
    k = 0
    if tw_w <= 0:
        s = sb_new(48)
        sb_str(s, "invalid width ")
        sb_int(s, tw_w)
        sb_str(s, " (must be > 0)")
        raise_(EXC_VALUE, sb_done(s))
        return 0
    ph_left = i32(m_lstrip(u64(tw_ph), NONE))
    if tw_max != NONE:
        ind = tw_init
        if intval(tw_max) > 1:
            ind = tw_sub
        if i64(Str.nchars[ind] + Str.nchars[ph_left]) > tw_w:
            raise_(EXC_VALUE, "placeholder too large for max width")
            return 0
    while k < nc:
        cur = list_new()
        cur_len: i64 = 0
        nl = List.len[i32(lines)]
        indent = tw_init
        if nl > 0:
            indent = tw_sub
        w = tw_w - i64(Str.nchars[indent])
        if tw_drop and nl > 0 and tw_blank(tw_item(chunks, k)):
            k += 1
        while k < nc:
            l = i64(Str.nchars[tw_item(chunks, k)])
            if cur_len + l <= w:
                list_append(cur, u64(tw_item(chunks, k)))
                cur_len += l
                k += 1
            else:
                break
        if k < nc and i64(Str.nchars[tw_item(chunks, k)]) > w:
            k = tw_long_word(chunks, k, cur, cur_len, w)
            cur_len = 0
            i = 0
            while i < List.len[i32(cur)]:
                cur_len += i64(Str.nchars[tw_item(cur, i)])
                i += 1
        nw = List.len[i32(cur)]
        if tw_drop and nw > 0 and tw_blank(tw_item(cur, nw - 1)):
            cur_len -= i64(Str.nchars[tw_item(cur, nw - 1)])
            List.len[i32(cur)] = nw - 1
            nw -= 1
        if nw > 0:
            last_ok = 0
            if k >= nc:
                last_ok = 1
            elif tw_drop and nc - k == 1 and tw_blank(tw_item(chunks, k)):
                last_ok = 1
            if tw_max == NONE or i64(nl + 1) < intval(tw_max) or (last_ok and cur_len <= w):
                list_append(lines, tw_line(indent, cur))
            else:
                tw_place(lines, cur, cur_len, w, indent, ph_left)
                return lines
    return lines


def tw_place(lines: i64, cur: i64, cur_len: i64, w: i64, indent: i32, ph_left: i32) -> None:
    # The last line of max_lines: the placeholder after as many of the
    # line's chunks as leave room for it, else after the previous line,
    # else alone.
    nph = i64(Str.nchars[tw_ph])
    while List.len[i32(cur)] > 0:
        last = tw_item(cur, List.len[i32(cur)] - 1)
        if tw_blank(last) == 0 and cur_len + nph <= w:
            list_append(cur, u64(tw_ph))
            list_append(lines, tw_line(indent, cur))
            return
        cur_len -= i64(Str.nchars[last])
        List.len[i32(cur)] = List.len[i32(cur)] - 1
    nl = List.len[i32(lines)]
    if nl > 0:
        prev = i32(m_rstrip(load64(List.items[i32(lines)] + 8 * (nl - 1)), NONE))
        if i64(Str.nchars[prev]) + nph <= tw_w:
            store64(List.items[i32(lines)] + 8 * (nl - 1), u64(str_concat(prev, tw_ph)))
            return
    list_append(lines, u64(str_concat(indent, ph_left)))


def tw_opt_str(v: i64, dflt: i32, name: i32) -> i32:
    # A str option; 0 with a TypeError raised for another value.
    if v == 0:
        return dflt
    if typeof(v) == TAG_STR:
        return i32(v)
    s = sb_new(64)
    sb_str(s, "textwrap's ")
    sb_str(s, name)
    sb_str(s, " must be a str in mayfly, not '")
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def tw_opt_int(v: i64, dflt: i64, name: i32) -> i64:
    # An int option (bool included); a TypeError raised for another value
    # (CPython fails later, with a message of its arithmetic).
    if v == 0:
        return dflt
    if num_kind(v) == 1:
        return v
    s = sb_new(64)
    sb_str(s, "textwrap's ")
    sb_str(s, name)
    sb_str(s, " must be an int in mayfly, not '")
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def tw_opt_bool(v: i64, dflt: i32) -> i32:
    if v == 0:
        return dflt
    return truthy(v)


def tw_run(text: i64, width: i64, initial_indent: i64, subsequent_indent: i64, expand_tabs: i64, replace_whitespace: i64, fix_sentence_endings: i64, break_long_words: i64, drop_whitespace: i64, break_on_hyphens: i64, tabsize: i64, max_lines: i64, placeholder: i64) -> i64:
    # TextWrapper(width, ...).wrap(text), an argument 0 when not passed.
    w = tw_opt_int(width, mkint(70), "width")
    if exc != 0:
        return 0
    tw_w = intval(w)
    tw_init = tw_opt_str(initial_indent, "", "initial_indent")
    tw_sub = tw_opt_str(subsequent_indent, "", "subsequent_indent")
    tw_ph = tw_opt_str(placeholder, " [...]", "placeholder")
    size = tw_opt_int(tabsize, mkint(8), "tabsize")
    tw_max = NONE
    if max_lines != 0 and max_lines != NONE:
        tw_max = tw_opt_int(max_lines, NONE, "max_lines")
    if exc != 0:
        return 0
    tw_long = tw_opt_bool(break_long_words, 1)
    tw_drop = tw_opt_bool(drop_whitespace, 1)
    tw_hyph = tw_opt_bool(break_on_hyphens, 1)
    # The split tests `break_on_hyphens is True`; the long-word cut its
    # truth.
    split_hyph = break_on_hyphens == 0 or break_on_hyphens == TRUE
    t = text
    if tw_opt_bool(expand_tabs, 1):
        t = m_expandtabs(t, size)
        if exc != 0:
            return 0
    if tw_opt_bool(replace_whitespace, 1):
        if typeof(t) != TAG_STR:
            no_method(t, "translate")
            return 0
        t = tw_spaces(i32(t))
    if typeof(t) != TAG_STR:
        s = sb_new(64)
        sb_str(s, "expected string or bytes-like object, got '")
        sb_str(s, type_name(t))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    chunks = tw_chunks(i32(t), split_hyph)
    if tw_opt_bool(fix_sentence_endings, 0):
        tw_fix_endings(chunks)
    return tw_lines(chunks)


def tw_spaces(s: i32) -> i64:
    # Each of \t \n \v \f \r as a space (replace_whitespace).
    n = Str.nbytes[s]
    p = Str.data[s]
    i = 0
    while i < n and (tw_ws(load8(p + i)) == 0 or load8(p + i) == 32):
        i += 1
    if i == n:
        return u64(s)
    r = str_alloc(n, Str.nchars[s])
    q = Str.data[r]
    memcopy(q, p, n)
    while i < n:
        if tw_ws(load8(q + i)):
            store8(q + i, 32)
        i += 1
    return u64(r)


def tw_wrap(text: i64, width: i64, initial_indent: i64, subsequent_indent: i64, expand_tabs: i64, replace_whitespace: i64, fix_sentence_endings: i64, break_long_words: i64, drop_whitespace: i64, break_on_hyphens: i64, tabsize: i64, max_lines: i64, placeholder: i64) -> i64:
    return tw_run(text, width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder)


def tw_fill(text: i64, width: i64, initial_indent: i64, subsequent_indent: i64, expand_tabs: i64, replace_whitespace: i64, fix_sentence_endings: i64, break_long_words: i64, drop_whitespace: i64, break_on_hyphens: i64, tabsize: i64, max_lines: i64, placeholder: i64) -> i64:
    lines = tw_run(text, width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder)
    if exc != 0:
        return 0
    return m_join(u64("\n"), lines)


def tw_shorten(text: i64, width: i64, initial_indent: i64, subsequent_indent: i64, expand_tabs: i64, replace_whitespace: i64, fix_sentence_endings: i64, break_long_words: i64, drop_whitespace: i64, break_on_hyphens: i64, tabsize: i64, placeholder: i64) -> i64:
    # fill(' '.join(text.strip().split())) with max_lines=1.
    s = m_strip(text, NONE)
    if exc != 0:
        return 0
    words = m_split(s, NONE, 0)
    if exc != 0:
        return 0
    one = m_join(u64(" "), words)
    lines = tw_run(one, width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize, mkint(1), placeholder)
    if exc != 0:
        return 0
    return m_join(u64("\n"), lines)
