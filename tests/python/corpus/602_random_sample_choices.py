# sample around CPython 3.11's switch between the pool and the set of
# chosen indices (21 + 4 ** ceil(log(3k, 4)) for k > 5), over lists,
# tuples, strs and ranges; choices with no weights (random() * n), with
# weights, cumulative weights, float and int weights, and k.
import random


def on_client_request():
    random.seed(602)
    out = []
    for n, k in [(5, 5), (21, 3), (22, 3), (21, 5), (22, 5), (85, 6), (86, 6),
                 (84, 6), (277, 22), (278, 22), (1000, 22), (1000, 100), (100, 0)]:
        out.append([n, k, random.sample(range(n), k)])
    out.append(random.sample(list(range(30)), 10))
    out.append(random.sample(tuple("abcdefghijklmnopqrstuvwxyz"), 7))
    out.append(random.sample("abcdefghijklmnopqrstuvwxyz", 26))
    out.append(random.sample(range(10 ** 9), 5))
    out.append(random.sample(population=[1, 2, 3, 4], k=2))
    pop = ["red", "green", "blue", "gold"]
    out.append(random.choices(pop))
    out.append(random.choices(pop, k=10))
    out.append(random.choices(pop, [10, 1, 1, 0], k=10))
    out.append(random.choices(pop, weights=[0.5, 0.25, 0.125, 0.125], k=10))
    out.append(random.choices(pop, cum_weights=[1, 2, 3, 4], k=10))
    out.append(random.choices(pop, cum_weights=(0.1, 0.5, 0.9, 1.0), k=10))
    out.append(random.choices(range(100), k=8))
    out.append(random.choices("abc", [1, 1, 1], k=0))
    out.append(random.choices("abc", [True, False, True], k=5))
    out.append(random.choices([None], k=3))
    return "\n".join(repr(x) for x in out)
