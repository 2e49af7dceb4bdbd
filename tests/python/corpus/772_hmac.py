# hmac: new/HMAC with digestmod as a name (any case), a hashlib
# constructor (also one imported from hashlib, and through a variable), a
# lambda; keys shorter than, equal to and longer than the block; update,
# copy, digest, hexdigest, name, digest_size, block_size; hmac.digest;
# compare_digest's answers and TypeErrors; CPython's errors.
import hashlib
import hmac
from hashlib import sha512
from hmac import compare_digest

DIGESTS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]


def attempt(out, label, f):
    try:
        out.append(f"{label}: {f()!r}")
    except Exception as e:
        out.append(f"{label}: {type(e).__name__}: {e}")


def on_client_request():
    out = []
    msg = b"The quick brown fox jumps over the lazy dog"
    for name in DIGESTS:
        for key in [b"", b"key", bytes(range(64)), bytes(range(65)), bytes(range(128)),
                    bytes(range(129)), b"k" * 300]:
            m = hmac.new(key, msg, name)
            out.append(f"{name} key {len(key):3}: {m.hexdigest()}")
            assert hmac.digest(key, msg, name) == m.digest()
        m = hmac.new(b"secret", digestmod=name)
        out.append(f"{name}: {m.name} {m.digest_size} {m.block_size} empty {m.hexdigest()[:16]}")
    ctor_forms = [
        ("str", "sha256"),
        ("upper", "SHA256"),
        ("alias", "sha-256"),
        ("ctor", hashlib.sha256),
        ("lambda", lambda d=b"": hashlib.sha256(d)),
    ]
    for label, dm in ctor_forms:
        m = hmac.new(b"key", b"message", dm)
        out.append(f"{label}: {m.name} {m.hexdigest()}")
        out.append(f"  digest(): {hmac.digest(b'key', b'message', dm).hex()}")
    out.append(hmac.new(b"key", b"message", sha512).hexdigest()[:32])
    out.append(hmac.new(b"key", b"message", digestmod=hashlib.md5).hexdigest())
    out.append(hmac.HMAC(b"key", b"message", "sha1").hexdigest())
    out.append(hmac.new(key=b"key", msg=b"message", digestmod="sha1").hexdigest())
    out.append(hmac.new(b"key", None, "sha1").hexdigest())
    m = hmac.new(b"key", digestmod="sha384")
    for piece in [b"mes", b"", b"sa", b"ge"]:
        m.update(piece)
    c = m.copy()
    c.update(b"!")
    out.append(f"incremental: {m.hexdigest() == hmac.new(b'key', b'message', 'sha384').hexdigest()}")
    out.append(f"copy: {c.hexdigest() == hmac.new(b'key', b'message!', 'sha384').hexdigest()} {c.name}")
    out.append(f"digest again: {m.digest() == m.digest()} {len(m.digest())}")
    r = repr(m)
    out.append(f"repr: {r.startswith('<hmac.HMAC object at 0x')} {r.endswith('>')}")
    a = hmac.new(b"k", b"body", "sha256").hexdigest()
    b = hmac.new(b"k", b"body", "sha256").hexdigest()
    out.append([compare_digest(a, b), hmac.compare_digest(a, a[:-1] + "0"), hmac.compare_digest(a.encode(), b.encode()),
                hmac.compare_digest(b"", b""), hmac.compare_digest("", ""), hmac.compare_digest(b"ab", b"a")])
    attempt(out, "cd str bytes", lambda: hmac.compare_digest("a", b"a"))
    attempt(out, "cd bytes str", lambda: hmac.compare_digest(b"a", "a"))
    attempt(out, "cd int int", lambda: hmac.compare_digest(1, 2))
    attempt(out, "cd str None", lambda: hmac.compare_digest("a", None))
    attempt(out, "cd bytes int", lambda: hmac.compare_digest(b"a", 1))
    attempt(out, "cd non-ascii", lambda: hmac.compare_digest("é", "é"))
    attempt(out, "no digestmod", lambda: hmac.new(b"k", b"m"))
    attempt(out, "digestmod ''", lambda: hmac.new(b"k", b"m", ""))
    attempt(out, "digestmod None", lambda: hmac.new(b"k", b"m", None))
    attempt(out, "digestmod 0", lambda: hmac.new(b"k", b"m", 0))
    attempt(out, "digestmod foo", lambda: hmac.new(b"k", b"m", "foo"))
    attempt(out, "digestmod int", lambda: hmac.new(b"k", b"m", 5))
    attempt(out, "digestmod bytes", lambda: hmac.new(b"k", b"m", b"sha256"))
    attempt(out, "digestmod lambda 5", lambda: hmac.new(b"k", b"m", lambda d=b"": 5))
    attempt(out, "key str", lambda: hmac.new("k", b"m", "sha256"))
    attempt(out, "key int", lambda: hmac.new(1, b"m", "sha256"))
    attempt(out, "key str, no digestmod", lambda: hmac.new("k", b"m"))
    attempt(out, "msg str", lambda: hmac.new(b"k", "m", "sha256"))
    attempt(out, "msg int", lambda: hmac.new(b"k", 3, "sha256"))
    attempt(out, "msg str, bad name", lambda: hmac.new(b"k", "m", "foo"))
    attempt(out, "update str", lambda: hmac.new(b"k", None, "md5").update("x"))
    attempt(out, "update()", lambda: hmac.new(b"k", None, "md5").update())
    attempt(out, "digest str msg", lambda: hmac.digest(b"k", "m", "sha256"))
    attempt(out, "digest str key", lambda: hmac.digest("k", b"m", "sha256"))
    attempt(out, "digest None msg", lambda: hmac.digest(b"k", None, "sha256"))
    attempt(out, "digest foo", lambda: hmac.digest(b"k", b"m", "foo"))
    attempt(out, "digest None", lambda: hmac.digest(b"k", b"m", None))
    attempt(out, "digest lambda 5", lambda: hmac.digest(b"k", b"m", lambda d=b"": 5))
    attempt(out, "name of int", lambda: (5).name)
    return "\n".join(str(x) for x in out) + "\n"
