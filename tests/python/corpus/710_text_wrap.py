# Text formatting: word wrap, justification, tables, centred banners.

PARA = ("Mayfly compiles small Python handlers ahead of time into WebAssembly "
        "modules; each request runs in a fresh sandbox, so state written during "
        "one request never leaks into the next. This makes handlers simple.")


def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


def table(rows, headers):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(c)) for c in col) for col in cols]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    def fmt(row):
        cells = []
        for v, w in zip(row, widths):
            cells.append(f" {v:>{w}} " if isinstance(v, (int, float)) else f" {v!s:<{w}} ")
        return "|" + "|".join(cells) + "|"
    return [sep, fmt(headers), sep] + [fmt(r) for r in rows] + [sep]


def on_client_request():
    out = []
    lines = wrap(PARA, 34)
    for ln in lines[:-1]:
        out.append("|" + justify(ln, 34) + "|")
    out.append("|" + " ".join(lines[-1]).ljust(34) + "|")
    out.append("{:*^40}".format(" REPORT "))
    out.append("%-10s|%10s|%s" % ("left", "right", "end"))
    rows = [("apples", 3, 1.25), ("kiwi", 12, 0.3), ("watermelon", 1, 4.0)]
    out.extend(table(rows, ("item", "qty", "price")))
    total = sum(q * p for _, q, p in rows)
    out.append(f"{'total':<12}{total:>10.2f}{total / len(rows):>+10.3e}")
    out.append("{0:>8}|{0:<8}|{0:^8}|{1:08.3f}|{2:x}|{2:#o}".format("ab", -3.14159, 255))
    out.append(PARA[:40].title().swapcase().center(44, "."))
    out.append(" ".join(w[::-1] for w in "hello world again".split()).capitalize())
    return "\n".join(out)
