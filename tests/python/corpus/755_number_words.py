# call: /?n=0
# call: /?n=1994
# call: /?n=-3000017
# call: /?n=123456789012
# Number to English words, roman numerals both ways, and ordinal suffixes.
from mayfly import request

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (1, "")]
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def under_thousand(n):
    parts = []
    h, rest = divmod(n, 100)
    if h:
        parts.append(f"{ONES[h]} hundred")
    if rest >= 20:
        t, o = divmod(rest, 10)
        parts.append(TENS[t] + (f"-{ONES[o]}" if o else ""))
    elif rest or not parts:
        parts.append(ONES[rest])
    return " and ".join(parts) if h and rest else " ".join(parts)


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 1000:
        return under_thousand(n)
    out = []
    for size, name in SCALES:
        chunk, n = divmod(n, size)
        if chunk:
            w = words(chunk) if chunk >= 1000 else under_thousand(chunk)
            out.append(f"{w} {name}".rstrip())
    return ", ".join(out)


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"roman numerals cover 1..3999, not {n}")
    s = ""
    for v, sym in ROMAN:
        while n >= v:
            s += sym
            n -= v
    return s


def from_roman(s):
    vals = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if vals.get(b, 0) > v else v
    return total


def ordinal(n):
    suffix = "th" if 10 <= abs(n) % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(abs(n) % 10, "th")
    return f"{n:,}{suffix}"


def on_client_request():
    n = int(request.args.get("n", "42"))
    lines = [f"{n}: {words(n)}", f"ordinal: {ordinal(n)}"]
    try:
        r = to_roman(n)
        lines.append(f"roman: {r} -> {from_roman(r)}")
    except ValueError as e:
        lines.append(f"roman: {e}")
    lines.append(" ".join(ordinal(k) for k in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112)))
    return "\n".join(lines)
