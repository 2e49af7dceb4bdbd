# uuid.UUID from every argument form CPython 3.11 takes (hex text with
# and without braces, hyphens and URN prefix, int() quirks of base 16,
# bytes, bytes_le, fields, int, version=), its attributes, str/repr,
# ==, ordering, hashing as dict keys, and CPython's errors.
import uuid
from uuid import UUID, NAMESPACE_URL, RFC_4122


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, AttributeError, AssertionError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def describe(u):
    return [
        str(u),
        repr(u),
        u.hex,
        u.int,
        u.bytes,
        u.bytes_le,
        u.urn,
        u.version,
        u.variant,
        u.fields,
        u.time_low,
        u.time_mid,
        u.time_hi_version,
        u.clock_seq_hi_variant,
        u.clock_seq_low,
        u.node,
        u.time,
        u.clock_seq,
    ]


def on_client_request():
    out = []
    text = "12345678-1234-5678-1234-567812345678"
    forms = [
        text,
        "{" + text + "}",
        "urn:uuid:" + text,
        "12345678123456781234567812345678",
        "{{12345678123456781234567812345678}}",
        "uuid:" + text.upper(),
        "1-2-3-4-5-6-7-8-12345678123456781234567812",
        " 2345678123456781234567812345678",
        "+2345678123456781234567812345678",
        "0x345678123456781234567812345678",
        "1_345678123456781234567812345678",
    ]
    for f in forms:
        attempt(out, lambda: UUID(f))
    for bad in ["", "1234", text + "0", "g" * 32, "-" * 36, "-2345678123456781234567812345678", "__345678123456781234567812345678", "urn:" + "{" + text]:
        attempt(out, lambda: UUID(bad))
    u = UUID(text)
    out.extend(repr(x) for x in describe(u))
    for v in ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "d4b4c3a0-1e0f-4f6b-ac4d-5f1d2a8e3b7c", "d4b4c3a0-1e0f-4f6b-cc4d-5f1d2a8e3b7c", "d4b4c3a0-1e0f-4f6b-ec4d-5f1d2a8e3b7c"]:
        out.append(repr(describe(UUID(v))))
    out.append(repr(UUID(bytes=b"\x12\x34\x56\x78" * 4)))
    out.append(repr(UUID(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56" + b"\x12\x34\x56\x78\x12\x34\x56\x78")))
    out.append(repr(UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678))))
    out.append(repr(UUID(fields=[1, 2, 3, 4, 5, 6])))
    out.append(repr(UUID(int=0x12345678123456781234567812345678)))
    out.append(repr(UUID(int=0)))
    out.append(repr(UUID(int=2**128 - 1)))
    out.append(repr(UUID(int=True)))
    out.append(repr(UUID(None, None, None, None, 5)))
    for ver in [1, 2, 3, 4, 5]:
        w = UUID(int=2**128 - 1, version=ver)
        out.append(str(w) + " " + repr(w.version) + " " + w.variant)
        z = UUID(int=0, version=ver)
        out.append(str(z) + " " + repr(z.version))
    attempt(out, lambda: UUID(text, version=0))
    attempt(out, lambda: UUID(text, version=6))
    attempt(out, lambda: UUID(text, version="4"))
    attempt(out, lambda: UUID())
    attempt(out, lambda: UUID(text, int=5))
    attempt(out, lambda: UUID(hex=None, bytes=None))
    attempt(out, lambda: UUID(int=-1))
    attempt(out, lambda: UUID(int=2**128))
    attempt(out, lambda: UUID(int=2**200))
    attempt(out, lambda: UUID(int=-(2**100)))
    attempt(out, lambda: UUID(int="5"))
    attempt(out, lambda: UUID(bytes=b"short"))
    attempt(out, lambda: UUID(bytes=b"x" * 17))
    attempt(out, lambda: UUID(bytes_le=b"x" * 15))
    attempt(out, lambda: UUID(bytes="x" * 16))
    attempt(out, lambda: UUID(bytes=5))
    attempt(out, lambda: UUID(fields=(1, 2, 3)))
    attempt(out, lambda: UUID(fields=(2**32, 0, 0, 0, 0, 0)))
    attempt(out, lambda: UUID(fields=(0, 2**16, 0, 0, 0, 0)))
    attempt(out, lambda: UUID(fields=(0, 0, -1, 0, 0, 0)))
    attempt(out, lambda: UUID(fields=(0, 0, 0, 256, 0, 0)))
    attempt(out, lambda: UUID(fields=(0, 0, 0, 0, 256, 0)))
    attempt(out, lambda: UUID(fields=(0, 0, 0, 0, 0, 2**48)))
    attempt(out, lambda: UUID(fields=(0, 0, 0, 0, 0, 2**70)))
    attempt(out, lambda: UUID(fields=(0, "a", 0, 0, 0, 0)))
    attempt(out, lambda: UUID(fields=5))
    attempt(out, lambda: UUID(5))
    attempt(out, lambda: UUID(b"12345678123456781234567812345678"))
    a = UUID(int=1)
    b = UUID(int=2)
    c = UUID("00000000-0000-0000-0000-000000000001")
    out.append(repr([a == c, a != c, a == b, a < b, b < a, a <= c, b >= a, a > b, a == 1, a == str(a), a != "x"]))
    out.append(repr(sorted([UUID(int=n) for n in [5, 2**127, 3, 2**64, 0]])))
    out.append(repr(max(a, b)))
    attempt(out, lambda: a < 1)
    attempt(out, lambda: "x" >= a)
    d = {a: "one", b: "two"}
    d[c] = "again"
    out.append(repr(d))
    out.append(repr(len({a, b, c})))
    out.append(repr(hash(a) == hash(c)))
    out.append(f"id={a} {b!r} {str(NAMESPACE_URL)}")
    out.append(repr([uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500]))
    out.append(repr([uuid.RESERVED_NCS, RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE]))
    out.append(repr(uuid.NAMESPACE_DNS == uuid.NAMESPACE_DNS))
    attempt(out, lambda: (1).hex)
    out.append(repr([str(x) for x in (a, b)]))
    out.append("%s|%r" % (a, b))
    out.append("{}|{!r}".format(a, b))
    return "\n".join(out)
