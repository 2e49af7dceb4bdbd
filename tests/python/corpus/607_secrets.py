# secrets: the values are random, so what is compared is their shape
# (lengths, types, alphabets, ranges) and CPython's errors; compare_digest
# on strs and bytes.
import secrets
import string

URLSAFE = set(string.ascii_letters + string.digits + "-_")


def attempt(out, f):
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    for n in [None, 0, 1, 2, 3, 4, 5, 16, 32, 33]:
        b = secrets.token_bytes(n) if n is not None else secrets.token_bytes()
        h = secrets.token_hex(n)
        u = secrets.token_urlsafe(n)
        out.append([n, isinstance(b, bytes), len(b), len(h), all(c in "0123456789abcdef" for c in h),
                    len(u), all(c in URLSAFE for c in u)])
    out.append(len(secrets.token_hex()))
    out.append(len(secrets.token_urlsafe()))
    out.append(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
    out.append(sorted(set(secrets.randbelow(3) for _ in range(300))))
    out.append(secrets.randbelow(1))
    big = secrets.randbelow(10 ** 30)
    out.append([0 <= big < 10 ** 30, type(big).__name__])
    out.append(all(secrets.choice("ab") in "ab" for _ in range(50)))
    out.append(secrets.choice([7]))
    out.append(sorted(set(secrets.choice(range(4)) for _ in range(200))))
    out.append([secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"),
                secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"", b"x"),
                secrets.compare_digest("", "")])
    attempt(out, lambda: secrets.token_bytes(-1))
    attempt(out, lambda: secrets.token_hex(2.0))
    attempt(out, lambda: secrets.token_urlsafe("x"))
    attempt(out, lambda: secrets.randbelow(0))
    attempt(out, lambda: secrets.randbelow(-5))
    attempt(out, lambda: secrets.randbelow(2.5))
    attempt(out, lambda: secrets.choice([]))
    attempt(out, lambda: secrets.compare_digest("é", "é"))
    attempt(out, lambda: secrets.compare_digest("a", b"a"))
    attempt(out, lambda: secrets.compare_digest(b"a", "a"))
    attempt(out, lambda: secrets.compare_digest(b"a", 1))
    attempt(out, lambda: secrets.compare_digest(1, 2))
    attempt(out, lambda: secrets.compare_digest("a", None))
    return "\n".join(repr(x) for x in out)
