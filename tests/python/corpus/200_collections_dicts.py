# collections.defaultdict and Counter: grouping, counting words, the
# factory called only for missing keys read by [], most_common with ties
# in first-seen order, update/subtract/total/elements, reprs.
import collections
from collections import Counter, defaultdict


def on_client_request():
    out = []
    groups = defaultdict(list)
    for word in "apple avocado banana blueberry cherry apricot".split():
        groups[word[0]].append(word)
    out.append(dict(groups))
    out.append(repr(groups)[:40])
    counts = defaultdict(int)
    for ch in "mississippi":
        counts[ch] += 1
    out.append(sorted(counts.items()))
    out.append("z" in counts)
    out.append(counts.get("z", "absent"))
    nested = defaultdict(lambda: defaultdict(int))
    nested["a"]["x"] += 2
    nested["b"]["y"] += 1
    out.append({k: dict(v) for k, v in nested.items()})
    c = Counter("abracadabra")
    out.append(c.most_common(3))
    out.append(c["z"])
    out.append("z" in c)
    out.append(repr(c))
    words = Counter(["to", "be", "or", "not", "to", "be"])
    words.update(["be", "question"])
    words.update({"or": 2})
    out.append(words.most_common())
    words.subtract(["to", "to", "to"])
    out.append(repr(words))
    out.append(words.total())
    out.append(sorted(Counter("aab").elements()))
    out.append(repr(Counter()))
    out.append(isinstance(c, dict))
    d2 = collections.defaultdict(set) if False else collections.defaultdict(list, {"k": [1]})
    d2["k"].append(2)
    out.append(dict(d2))
    cp = counts.copy()
    cp["new"] += 5
    out.append((cp["new"], repr(cp)[:20]))
    plain = dict(c)
    try:
        plain["z"]
    except KeyError:
        out.append("plain dict keys raise")
    return {"out": out}
