# uuid3 (MD5) and uuid5 (SHA-1) of every namespace and of names with
# non-ASCII text, their errors, and uuid4's deterministic facts: version
# 4, the RFC 4122 variant, 36 characters, and fresh values each call.
import uuid
from uuid import uuid3, uuid4, uuid5


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, AttributeError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    spaces = [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]
    names = ["", "python.org", "https://example.com/a?b=c", "1.3.6.1", "cn=x,o=y", "café ☕ 😀", "x" * 200]
    for ns in spaces:
        for n in names:
            a = uuid3(ns, n)
            b = uuid.uuid5(ns, n)
            out.append(f"{a} {a.version} {b} {b.version} {b.variant}")
    custom = uuid.UUID("d4b4c3a0-1e0f-4f6b-ac4d-5f1d2a8e3b7c")
    out.append(str(uuid5(custom, "tenant-42")))
    out.append(str(uuid.uuid3(uuid5(custom, "a"), "b")))
    attempt(out, lambda: uuid3("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x"))
    attempt(out, lambda: uuid5(uuid.NAMESPACE_DNS, b"python.org"))
    attempt(out, lambda: uuid5(uuid.NAMESPACE_DNS, 5))
    attempt(out, lambda: uuid3(None, "x"))
    seen = set()
    for _ in range(50):
        u = uuid4()
        seen.add(u)
        if u.version != 4 or u.variant != uuid.RFC_4122 or len(str(u)) != 36:
            out.append("bad " + str(u))
        if u.hex[12] != "4" or u.hex[16] not in "89ab":
            out.append("bad digits " + u.hex)
        if uuid.UUID(str(u)) != u or uuid.UUID(bytes=u.bytes) != u or uuid.UUID(int=u.int) != u:
            out.append("no round trip " + str(u))
    out.append(repr(len(seen)))
    a = uuid.uuid4()
    out.append(repr(a == a))
    out.append(repr(a != uuid4()))
    return "\n".join(out)
