# The script part of a program, under `if __name__ == "__main__":`, never
# runs in a tenant (its __name__ is "__tenant__"), so it is not compiled:
# imports mayfly does not have, doctest runs and input() there cost
# nothing, as under CPython's import. The elif/else of such an if do run.
from collections.abc import Callable, Iterable


def apply_all(fs: Iterable[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(f"{apply_all([abs], -3) = }")
    name = input("name? ")
elif "__main__" == __name__:
    import timeit
else:
    mode = "imported"


def on_client_request():
    out = apply_all([abs, lambda v: v * 2, lambda v: v - 1], -4)
    try:
        out.append(name)
    except NameError as e:
        out.append(str(e))
    return repr([out, mode, __name__]) + "\n"
