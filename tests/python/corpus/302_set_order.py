# Iteration order as CPython's: the same hashes (ints, negative and
# 64-bit ints, floats, tuples, strs and bytes under PYTHONHASHSEED=0)
# and the same table (linear probes, perturbation, growth and the
# rebuilds after deletions, pop's finger, merges of tables).


def digest(s):
    # Order-sensitive, so any difference in order shows.
    h = 0
    for x in s:
        h = (h * 31 + hash(x)) % 1000000007
    return h


def on_client_request():
    out = []
    out.append({i * 8 for i in range(12)})
    out.append({i * 1024 for i in range(12)})
    out.append({-i for i in range(12)})
    out.append({2**61 - 2, 2**61 - 1, 2**61, 2**62 + 5, -(2**62), 9223372036854775807, -9223372036854775807 - 1})
    out.append({0.5, 0.25, 1.5, -2.75, 1e-300, 3.0, float("inf"), -float("inf"), 1e22})
    out.append({(i, i * i) for i in range(10)})
    out.append({(1, (2, 3)), (), (0,), ((),)})
    out.append({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"})
    out.append({"", "a", "ab", "abcdefgh", "abcdefghi", "ünï", "€uro", "😀"})
    out.append({b"x", b"", b"bytes!!!", b"longer bytes value"})
    s = set()
    for i in range(200):
        s.add(i * 37 % 101)
        if i % 7 == 0:
            s.discard(i % 50)
    out.append(list(s))
    big = set(range(0, 3000, 7))
    for i in range(0, 3000, 21):
        big.discard(i)
    big.update(range(5000, 5100))
    out.append([len(big), digest(big), list(big)[:15]])
    p = set(range(40))
    out.append([p.pop() for _ in range(10)])
    p.add(1000)
    p.add(3)
    out.append(list(p)[:12])
    a = set(range(0, 100, 3))
    b = set(range(0, 100, 5))
    for r in [a | b, a & b, a - b, a ^ b, b ^ a, a.union(b, range(7)), a.copy(), set(a), frozenset(b)]:
        out.append(digest(r))
    out.append(list({7: 1, 3: 2, 15: 3, 31: 4}.keys() | {1}))
    out.append(list(set({7: 1, 3: 2, 15: 3, 31: 4})))
    huge = set(range(70000))
    huge.discard(5)
    huge |= {-1, -2}
    out.append([len(huge), digest(huge)])
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    out.append(set(words))
    out.append(frozenset(words) - {"the", "again"})
    mixed = {1, 2.5, "s", (1,), None is None, frozenset([1])}
    out.append(len(mixed))
    return "\n".join(str(x) for x in out) + "\n"
