# heapq, bisect and string: a heap's list after every operation as
# CPython leaves it, priority queues of tuples, bisect with lo/hi/key,
# insort, string's constants.
import heapq
import bisect
import string
from heapq import heappush, heappop
from bisect import insort
from string import ascii_lowercase as letters


def on_client_request():
    out = []
    h = []
    for x in [5, 3, 8, 1, 9, 2, 7, 3]:
        heapq.heappush(h, x)
        out.append(list(h))
    out.append([heapq.heappop(h) for _ in range(3)])
    out.append(h)
    data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
    heapq.heapify(data)
    out.append(data)
    out.append(heapq.heapreplace(data, 12))
    out.append(heapq.heappushpop(data, -1))
    out.append(heapq.heappushpop(data, 100))
    out.append(data)
    tasks = []
    heappush(tasks, (2, "write"))
    heappush(tasks, (1, "plan"))
    heappush(tasks, (3, "ship"))
    heappush(tasks, (1, "coffee"))
    out.append([heappop(tasks)[1] for _ in range(4)])
    words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
    out.append(heapq.nlargest(3, words, key=len))
    out.append(heapq.nsmallest(2, [5, 1, 4, 1, 3]))
    try:
        heapq.heappop([])
    except IndexError as e:
        out.append(str(e))
    a = [1, 2, 4, 4, 4, 7, 9]
    out.append([bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10)])
    out.append(bisect.bisect_left(a, 4, 0, 3))
    out.append(bisect.bisect_left(a, 4, lo=4))
    recs = [("a", 1), ("b", 3), ("c", 5)]
    out.append(bisect.bisect_left(recs, 4, key=lambda r: r[1]))
    s = []
    for x in [5, 1, 4, 1, 3]:
        insort(s, x)
    bisect.insort_left(s, 4)
    out.append(s)
    grades = "FDCBA"
    out.append([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
    try:
        bisect.bisect_left(a, 1, -1)
    except ValueError as e:
        out.append(str(e))
    out.append([string.digits, string.punctuation, letters[:5], string.ascii_uppercase[-3:]])
    out.append(repr(string.whitespace))
    out.append(len(string.printable))
    return {"out": out}
