# Student grade pipeline: defaultdict, Counter, dict/set comprehensions, sorting keys.
from collections import defaultdict, Counter

RAW = """ann,math,91
bob,math,78
cid,math,85
ann,physics,88
bob,physics,92
dee,math,60
cid,art,99
ann,art,75
dee,physics,71
bob,art,78
eve,math,85"""


def load(text):
    rows = []
    for line in text.strip().splitlines():
        name, subject, score = line.split(",")
        rows.append((name, subject, int(score)))
    return rows


def on_client_request():
    rows = load(RAW)
    by_student = defaultdict(dict)
    by_subject = defaultdict(list)
    for name, subj, score in rows:
        by_student[name][subj] = score
        by_subject[subj].append(score)
    averages = {n: sum(s.values()) / len(s) for n, s in by_student.items()}
    out = []
    for name, avg in sorted(averages.items(), key=lambda kv: (-kv[1], kv[0])):
        subjects = ", ".join(f"{k}={v}" for k, v in sorted(by_student[name].items()))
        out.append(f"{name:<4}{avg:7.2f}  {subjects}")
    stats = {s: (min(v), max(v), round(sum(v) / len(v), 1)) for s, v in sorted(by_subject.items())}
    out.append(str(stats))
    top = {s: max((sc, n) for n, subj, sc in rows if subj == s)[1] for s in by_subject}
    out.append(str(dict(sorted(top.items()))))
    score_counts = Counter(sc for _, _, sc in rows)
    out.append(str([s for s, c in score_counts.items() if c > 1]))
    out.append(str(score_counts.most_common(2)))
    missing = {n: sorted(set(by_subject) - set(subs)) for n, subs in by_student.items() if len(subs) < len(by_subject)}
    out.append(str(missing))
    inverted = defaultdict(set)
    for n, subs in by_student.items():
        for s in subs:
            inverted[s].add(n)
    out.append(str({s: sorted(ns) for s, ns in sorted(inverted.items())}))
    buckets = Counter(f"{sc // 10 * 10}s" for _, _, sc in rows)
    out.append(" ".join(f"{k}:{'*' * v}" for k, v in sorted(buckets.items())))
    c = Counter("mississippi")
    c.update("miss")
    c.subtract({"s": 3})
    out.append(f"{c} total={c.total()} {sorted(c.elements())[:5]}")
    out.append(str(dict(by_student)["eve"]) + " " + str("zed" in by_student))
    return "\n".join(out)
