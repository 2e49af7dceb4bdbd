# CPU-heavy tenant for the compiler benchmark: integer loops, string
# building and dict counting. Same source runs under python3 (bench.sh).
def work():
    total = 0
    i = 0
    while i < 20000:
        total = (total + i * i) % 1000003
        i += 1
    parts = []
    for k in range(2000):
        parts.append(str(k % 97))
    text = ",".join(parts)
    counts = {}
    for w in text.split(","):
        counts[w] = counts.get(w, 0) + 1
    return str(total) + " " + str(len(text)) + " " + str(counts["5"])


def on_client_request():
    return work()
