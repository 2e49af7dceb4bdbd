# hashlib: every algorithm on inputs around its block size (empty, short,
# a block, a block and one byte either side, two blocks and more), as
# hexdigest and digest; update in pieces of every awkward size equals
# the one-shot digest; copy() is independent; the attributes.
import hashlib

ALGOS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]


def make(name, data=None):
    ctor = {
        "md5": hashlib.md5,
        "sha1": hashlib.sha1,
        "sha224": hashlib.sha224,
        "sha256": hashlib.sha256,
        "sha384": hashlib.sha384,
        "sha512": hashlib.sha512,
    }[name]
    return ctor() if data is None else ctor(data)


def sample(n):
    # Bytes that are not all alike, so that a misplaced byte shows.
    return bytes((i * 31 + 7) % 256 for i in range(n))


def on_client_request():
    out = []
    for name in ALGOS:
        h = make(name)
        bs = h.block_size
        out.append(f"{name}: name={h.name} digest_size={h.digest_size} block_size={bs}")
        for n in [0, 1, 3, 55, 56, 57, bs - 17, bs - 16, bs - 15, bs - 9, bs - 8, bs - 1, bs, bs + 1, 2 * bs, 2 * bs + 1, 1000, 4099]:
            data = sample(n)
            hx = make(name, data).hexdigest()
            out.append(f"  {n:5} {hx}")
            assert make(name, data).digest().hex() == hx
            assert len(make(name, data).digest()) == h.digest_size
        out.append("  abc " + make(name, b"abc").hexdigest())
        long = sample(777)
        one = make(name, long).digest()
        for step in [1, 7, 63, 64, 65, 127, 128, 129, 500]:
            h = make(name)
            for i in range(0, len(long), step):
                h.update(long[i:i + step])
            out.append(f"  pieces of {step}: {h.digest() == one}")
        h = make(name, b"hello ")
        c = h.copy()
        h.update(b"world")
        c.update(b"there")
        out.append(f"  copy: {h.hexdigest()[:16]} {c.hexdigest()[:16]}")
        out.append(f"  again: {h.hexdigest() == make(name, b'hello world').hexdigest()}")
        d1 = h.digest()
        h.update(b"")
        out.append(f"  digest twice: {d1 == h.digest()}")
        h.update(b"!")
        out.append(f"  after more: {h.hexdigest() == make(name, b'hello world!').hexdigest()}")
        out.append(f"  types: {isinstance(h.digest(), bytes)} {isinstance(h.hexdigest(), str)}")
        r = repr(make(name))
        out.append(f"  repr: {r.startswith('<' + name + ' _hashlib.HASH object @ 0x')} {r.endswith('>')}")
    return "\n".join(out) + "\n"
