# Classic text algorithms: caesar/vigenere, run-length encoding, roman numerals, anagrams.
import string
from collections import defaultdict

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + (-shift if decrypt else shift)) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = ch, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def to_roman(n):
    res = ""
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        res += sym * q
    return res


def from_roman(s):
    vals = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


def on_client_request():
    msg = "Attack at Dawn, Zürich! xyz"
    out = [caesar(msg, 3), caesar(caesar(msg, 3), 23)]
    enc = vigenere(msg, "LEMON")
    out.append(enc + " | " + vigenere(enc, "LEMON", decrypt=True))
    out.append(rle("WWWWBBBWWCCCCCCD") + " " + rle("abc") + " " + repr(rle("")))
    years = [1987, 2024, 3999, 444, 14]
    out.append(str({y: to_roman(y) for y in years}))
    out.append(str(all(from_roman(to_roman(n)) == n for n in range(1, 4000, 7))))
    groups = defaultdict(list)
    for w in "listen silent enlist google inlets banana tinsel elgoog".split():
        groups["".join(sorted(w))].append(w)
    out.append(str(sorted((ws for ws in groups.values() if len(ws) > 1), key=len, reverse=True)))
    out.append(str(sorted(string.punctuation)[:10]) + " " + string.hexdigits.upper()[:16])
    return "\n".join(out)
