def make_counter(start=0, step=1):
    count = start

    def bump():
        return count + step

    return bump


def apply(f, x):
    return f(x)


def on_client_request():
    c = make_counter(10, step=5)
    double = lambda x: x * 2
    words = sorted(["pear", "fig", "banana", "kiwi"], key=lambda w: (len(w), w))
    return {"c": c(), "d": apply(double, 21), "words": words, "max": max([3, 9, 2]), "min": min(4, 1, 7), "longest": max(words, key=lambda w: len(w))}
