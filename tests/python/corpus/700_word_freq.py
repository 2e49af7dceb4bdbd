# Word frequency report: normalisation, Counter, sorting with keys, formatting.
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness -- it was the epoch of belief, it was
the epoch of incredulity. It was the season of Light, it was the season of
Darkness!"""

STOP = {"the", "of", "it", "was", "a"}


def tokenize(text):
    table = str.maketrans({c: " " for c in string.punctuation})
    for raw in text.translate(table).split():
        word = raw.lower().strip()
        if word:
            yield word


def report(counts, top):
    width = max(len(w) for w, _ in counts.most_common(top))
    lines = []
    for rank, (word, n) in enumerate(counts.most_common(top), start=1):
        bar = "#" * n
        lines.append(f"{rank:>2}. {word:<{width}} {n:3d} {bar}")
    return lines


def on_client_request():
    words = list(tokenize(TEXT))
    all_counts = Counter(words)
    content = Counter(w for w in words if w not in STOP)
    out = [f"total={len(words)} distinct={len(all_counts)}"]
    out.extend(report(all_counts, 5))
    out.append("--")
    out.extend(report(content, 6))
    by_len = {}
    for w in sorted(set(words)):
        by_len.setdefault(len(w), []).append(w)
    for k in sorted(by_len, reverse=True)[:4]:
        out.append("%2d: %s" % (k, ", ".join(by_len[k])))
    longest = max(words, key=lambda w: (len(w), w))
    out.append("longest=%r first=%s" % (longest, words.index(longest)))
    caps = sorted({w.capitalize() for w in words if len(w) > 5}, key=str.lower)
    out.append(" ".join(caps))
    out.append(repr(content.most_common(3)))
    out.append(str(sum(all_counts.values()) == len(words)))
    return "\n".join(out)
