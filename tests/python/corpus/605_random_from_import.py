# call: /
# call: /again
# `from random import ...` names (one renamed), a generator seeded at
# load and used by module-level code: every request starts from the
# state the load left, so both requests draw the same numbers, which
# are CPython's after the same module-level draws.
from random import choice, randint, random as rnd, sample, seed, shuffle
import random

seed(605)
DECK = [r + s for r in "A23456789TJQK" for s in "shdc"]
FIRST = rnd()
shuffle(DECK)


def on_client_request(request):
    hand = sample(DECK, 5)
    roll = [randint(1, 6) for _ in range(4)]
    pick = choice(DECK)
    again = random.random()
    return repr([request.path, FIRST, DECK[:8], hand, roll, pick, again])
