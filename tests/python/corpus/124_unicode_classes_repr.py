# str.isalpha/isdigit/isalnum/isspace and repr over all of Unicode, as
# CPython 3.11 (Unicode 14) answers them: the classes were ASCII-only
# ("é".isalpha() was False) and repr copied characters str.isprintable()
# rejects (U+00A0, U+200B, unassigned ones) instead of escaping them.
# Every 61st code point is checked (all of them would take more than a
# request's fuel); each line sums one 4096-code-point block so a
# difference names its block.


def block_line(start):
    counts = [0, 0, 0, 0]
    weight = 0
    for cp in range(start + start % 61, start + 4096, 61):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if ch.isalpha():
            counts[0] += 1
        if ch.isdigit():
            counts[1] += 1
        if ch.isalnum():
            counts[2] += 1
        if ch.isspace():
            counts[3] += 1
        r = repr(ch)
        weight = (weight * 31 + len(r) * 7 + ord(r[1]) + ord(r[-2])) % 1000000007
    return hex(start) + " " + str(counts) + " " + str(weight)


def on_client_request():
    lines = [block_line(start) for start in range(0, 0x110000, 4096)]
    samples = ["é", "Straße", "٣٤٥", "²½Ⅻ", "日本語", "\u00a0", "\u2003 \u3000", "\x1c\x1d\x1e\x1f",
               "a\u0301", "\u200b\ufeff", "🙂", "\U000e0100", "\U000e0001", "\U0010fffd", "\u0378"]
    for s in samples:
        lines.append(repr(s) + " " + str([s.isdigit(), s.isalpha(), s.isalnum(), s.isspace()]))
    lines.append(repr(["\x85 \u2028 \u2029", "tab\tend"]))
    return "\n".join(lines) + "\n"
