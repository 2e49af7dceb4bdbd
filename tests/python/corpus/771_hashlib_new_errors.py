# call: /
# call: /?algo=SHA256&text=caf%C3%A9
# call: /?algo=whirlpool&text=x
# hashlib.new under CPython's (OpenSSL 3's) names in any case, the
# keywords CPython takes, and its errors: a str to hash, a name that is
# not a str, an unknown name, a wrong method call.
import hashlib
from hashlib import sha256, md5 as MD5
from mayfly import request


def attempt(out, label, f):
    try:
        out.append(f"{label}: {f()!r}")
    except Exception as e:
        out.append(f"{label}: {type(e).__name__}: {e}")


def on_client_request():
    out = []
    for name in ["md5", "MD5", "Md5", "ssl3-md5", "sha1", "SHA1", "sha-1", "SHA-1", "ssl3-sha1",
                 "sha224", "SHA224", "sha-224", "SHA2-224", "sha256", "SHA256", "Sha-256",
                 "sha2-256", "sha384", "SHA-384", "sha512", "SHA512", "sha2-512",
                 "2.16.840.1.101.3.4.2.1", "1.3.14.3.2.26", "1.2.840.113549.2.5"]:
        h = hashlib.new(name, b"abc")
        out.append(f"{name} -> {h.name} {h.digest_size} {h.block_size} {h.hexdigest()[:20]}")
    out.append(hashlib.new("sha1").hexdigest())
    out.append(hashlib.new("sha1", data=b"x").hexdigest())
    out.append(hashlib.new(name="md5", data=b"x").hexdigest())
    out.append(hashlib.new("sha256", b"x", usedforsecurity=False).hexdigest())
    out.append(hashlib.sha256(b"x", usedforsecurity=False).hexdigest())
    out.append(hashlib.sha256(string=b"x").hexdigest())
    out.append(hashlib.md5(usedforsecurity=True).hexdigest())
    out.append(sha256("x".encode()).hexdigest())
    out.append(MD5(b"x").hexdigest() == hashlib.md5(b"x").hexdigest())
    out.append(hashlib.sha256("naïve".encode("utf-8")).hexdigest())
    attempt(out, "sha256(str)", lambda: hashlib.sha256("x"))
    attempt(out, "md5(str)", lambda: hashlib.md5("x"))
    attempt(out, "update(str)", lambda: hashlib.sha1().update("x"))
    attempt(out, "new(str data)", lambda: hashlib.new("sha256", "x"))
    attempt(out, "sha256(int)", lambda: hashlib.sha256(5))
    attempt(out, "sha256(None)", lambda: hashlib.sha256(None))
    attempt(out, "sha512(list)", lambda: hashlib.sha512([1, 2]))
    attempt(out, "update(None)", lambda: hashlib.sha384().update(None))
    attempt(out, "update()", lambda: hashlib.sha384().update())
    attempt(out, "new(5)", lambda: hashlib.new(5))
    attempt(out, "new(None)", lambda: hashlib.new(None))
    attempt(out, "new(bytes)", lambda: hashlib.new(b"md5"))
    attempt(out, "new(foo)", lambda: hashlib.new("foo"))
    attempt(out, "new('')", lambda: hashlib.new(""))
    attempt(out, "new(foo, str)", lambda: hashlib.new("foo", "x"))
    attempt(out, "new(foo, int)", lambda: hashlib.new("foo", 5))
    attempt(out, "new(5, str)", lambda: hashlib.new(5, "x"))
    attempt(out, "new('sha256 ')", lambda: hashlib.new("sha256 "))
    attempt(out, "new(sha_256)", lambda: hashlib.new("sha_256"))
    attempt(out, "name of bytes", lambda: b"x".name)
    attempt(out, "digest of str", lambda: "x".digest())
    attempt(out, "update returns", lambda: hashlib.md5().update(b"x"))
    attempt(out, "bool", lambda: bool(hashlib.md5()))
    attempt(out, "==", lambda: hashlib.md5() == hashlib.md5())
    h = hashlib.md5()
    attempt(out, "is", lambda: h == h)
    algo = request.args.get("algo", "sha1")
    text = request.args.get("text", "hello")
    try:
        out.append(f"{algo}({text!r}) = {hashlib.new(algo, text.encode()).hexdigest()}")
    except ValueError as e:
        out.append(f"ValueError: {e}")
    return "\n".join(str(x) for x in out) + "\n"
