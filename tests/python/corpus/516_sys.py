# import sys: maxsize, the recursion limit, print(file=sys.stderr) and
# sys.stdout/stderr.write, which go to the tenant log.

import sys
from sys import maxsize, stderr


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def on_client_request():
    out = [sys.maxsize, maxsize, sys.maxsize + 1, -sys.maxsize - 1, sys.getrecursionlimit()]
    sys.setrecursionlimit(5000)
    out.append(sys.getrecursionlimit())
    out.append(depth(200))
    print("to stderr", 1, file=sys.stderr)
    print("to stdout", file=sys.stdout, sep="-")
    print("from import", file=stderr)
    out.append(sys.stderr.write("written\n"))
    out.append(sys.stdout.write("héllo"))
    out.append(sys.stderr.flush())
    for f in [lambda: sys.stderr.write(5), lambda: sys.setrecursionlimit(0),
              lambda: sys.setrecursionlimit("a")]:
        try:
            out.append(f())
        except (TypeError, ValueError) as e:
            out.append(f"{type(e).__name__}: {e}")
    best = sys.maxsize
    for x in [5, 3, 9]:
        best = min(best, x)
    out.append(best)
    return "\n".join(map(str, out))
