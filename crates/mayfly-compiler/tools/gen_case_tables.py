"""Generates the Unicode case and character-class tables of the runtime (src/runtime/case/*.bin,
read by src/runtime/case.py) from the running CPython's own str methods,
so the compiled lower/upper/title/capitalize/swapcase agree with that
CPython character for character. Run with CPython 3.11 (Unicode 14):

    python3.11 crates/mayfly-compiler/tools/gen_case_tables.py

Every table is a u32 entry count followed by little-endian entries:
  runs (lower, upper):   u32 start | (count - 1) << 21 | (step - 1) << 28,
                         i32 delta: start, start + step, ... (count of
                         them) map to cp + delta. Sorted, disjoint.
  title.bin:             u32 cp, u32 titlecase cp: where the single
                         titlecase is not the simple uppercase.
  *_full.bin:            u16 cp, u16 x 3 (0-padded): multi-char mappings;
                         fold_full.bin: where casefold differs from lower
                         (of the character alone).
  cased, ignorable:      u32 start | (length - 1) << 21: ranges of the
                         Cased and Case_Ignorable properties (the final
                         sigma rule and title's "previous is cased").
  is_alpha, is_digit,    the same range format: the characters for which
  is_alnum, is_space:    str.isalpha/isdigit/isalnum/isspace are True
                         (read by strmeth.py's char_class);
  is_decimal, is_numeric, the same for isdecimal, isnumeric, isupper and
  is_upper, is_lower:    islower of one character (strparts.py);
  is_title:              the titlecase letters (category Lt).
  id_start, id_continue: the characters str.isidentifier() takes first
                         and after the first (strcase.py).
  not_printable:         the characters str.isprintable() is False for,
                         which repr escapes (str.py's str_repr_into).
The ASCII range is left out of everything: the runtime handles it inline.
"""

import os
import struct
import sys
import unicodedata

N = 0x110000
# str_repr_into (str.py) treats every character from here on as not
# printable but the variation selectors U+E0100..U+E01EF, which keeps the
# not_printable table to the planes where Unicode 14 assigns characters.
PRINTABLE_END = 0x31350
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "runtime", "case")


def chars():
    for c in range(128, N):
        if not 0xD800 <= c < 0xE000:
            yield c


def runs(m):
    cps = sorted(m)
    out, i = [], 0
    while i < len(cps):
        c, d = cps[i], m[cps[i]] - cps[i]
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1 and m[cps[j + 1]] - cps[j + 1] == d:
            j += 1
        k = i
        while k + 1 < len(cps) and cps[k + 1] == cps[k] + 2 and m[cps[k + 1]] - cps[k + 1] == d:
            k += 1
        # A step-2 run only takes consecutive members of the sorted list,
        # so no other mapped cp lies inside it: binary search by start works.
        if k - i > j - i:
            n, step, i = k - i + 1, 2, k + 1
        else:
            n, step, i = j - i + 1, 1, j + 1
        while n > 128:  # count fits 7 bits
            out.append((c, 128, d, step))
            c, n = c + 128 * step, n - 128
        out.append((c, n, d, step))
    return out


def ranges(pred):
    out, start = [], None
    for c in range(128, N + 1):
        p = c < N and not 0xD800 <= c < 0xE000 and pred(c)
        if p and start is None:
            start = c
        if not p and start is not None:
            while c - start > 2048:
                out.append((start, 2048))
                start += 2048
            out.append((start, c - start))
            start = None
    return out


def is_cased(c):
    ch = chr(c)
    return ch.islower() or ch.isupper() or unicodedata.category(ch) == "Lt"


def is_ignorable(c):
    # Case_Ignorable, read off CPython's final-sigma rule itself.
    return not is_cased(c) and ("A" + chr(c) + "\u03a3").lower().endswith("\u03c2")


def write(name, count, payload):
    with open(os.path.join(OUT, name + ".bin"), "wb") as f:
        f.write(struct.pack("<I", count) + payload)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11 (Unicode 14), the version mayfly matches")
    single = {"lower": {}, "upper": {}}
    full = {"lower": [], "upper": [], "title": []}
    title = []
    for c in chars():
        ch = chr(c)
        for kind, f in (("lower", str.lower), ("upper", str.upper)):
            r = f(ch)
            if len(r) > 1:
                full[kind].append((c, r))
            elif r != ch:
                single[kind][c] = ord(r)
    for c in chars():
        t = chr(c).title()
        if len(t) > 1:
            full["title"].append((c, t))
        elif ord(t) != single["upper"].get(c, c):
            title.append((c, ord(t)))
    for kind in ("lower", "upper"):
        rs = runs(single[kind])
        payload = b"".join(
            struct.pack("<Ii", s | (n - 1) << 21 | (st - 1) << 28, d) for s, n, d, st in rs
        )
        write(kind, len(rs), payload)
    for kind, entries in full.items():
        payload = b""
        for c, r in entries:
            cps = [ord(x) for x in r] + [0] * (3 - len(r))
            assert c < 0x10000 and all(x < 0x10000 for x in cps), hex(c)
            payload += struct.pack("<4H", c, *cps)
        write(kind + "_full", len(entries), payload)
    fold = [(c, chr(c).casefold()) for c in chars() if chr(c).casefold() != chr(c).lower()]
    payload = b""
    for c, r in fold:
        cps = [ord(x) for x in r] + [0] * (3 - len(r))
        assert c < 0x10000 and all(x < 0x10000 for x in cps), hex(c)
        payload += struct.pack("<4H", c, *cps)
    write("fold_full", len(fold), payload)
    write("title", len(title), b"".join(struct.pack("<II", c, t) for c, t in title))
    classes = (
        ("cased", is_cased),
        ("ignorable", is_ignorable),
        ("is_alpha", lambda c: chr(c).isalpha()),
        ("is_digit", lambda c: chr(c).isdigit()),
        ("is_alnum", lambda c: chr(c).isalnum()),
        ("is_space", lambda c: chr(c).isspace()),
        ("is_decimal", lambda c: chr(c).isdecimal()),
        ("is_numeric", lambda c: chr(c).isnumeric()),
        ("is_upper", lambda c: chr(c).isupper()),
        ("is_lower", lambda c: chr(c).islower()),
        ("is_title", lambda c: unicodedata.category(chr(c)) == "Lt"),
        # str.isidentifier: XID_Start (and '_') first, XID_Continue after.
        ("id_start", lambda c: chr(c).isidentifier()),
        ("id_continue", lambda c: ("a" + chr(c)).isidentifier()),
        # repr escapes these (\xhh, \uhhhh, \Uhhhhhhhh), as CPython does.
        # Past U+31350 the runtime decides by itself (checked below).
        ("not_printable", lambda c: c < PRINTABLE_END and not chr(c).isprintable()),
    )
    for c in range(PRINTABLE_END, N):
        assert chr(c).isprintable() == (0xE0100 <= c <= 0xE01EF), hex(c)
    for name, pred in classes:
        rs = ranges(pred)
        write(name, len(rs), b"".join(struct.pack("<I", s | (n - 1) << 21) for s, n in rs))
    # The runtime derives swapcase and the titlecase letters (Lt) from the
    # mappings; check that the derivation holds for this Unicode version.
    for c in chars():
        ch = chr(c)
        lo, up, ti = ch.lower(), ch.upper(), ch.title()
        lt = ti == ch and lo != ch and up != ch
        assert lt == (unicodedata.category(ch) == "Lt"), hex(c)
        d = ch if lt else lo if lo != ch else up if up != ch else ch
        assert d == ch.swapcase(), hex(c)


main()
