# textwrap.dedent (whitespace-only lines emptied, the common margin of
# spaces and tabs cut, a tab never matching a space) and textwrap.indent
# (with and without a predicate), with CPython's errors.
import textwrap
from textwrap import dedent, indent

BLOCK = """
    def f():
        return 1
      \t
    # done
"""


def on_client_request():
    out = [
        dedent(BLOCK),
        dedent("  a\n    b\n  c"),
        dedent("\ta\n  b"),
        dedent("\t  a\n\t b\n"),
        dedent("   \n  x\n   \n"),
        dedent("no margin\n  here"),
        dedent(""),
        dedent("   "),
        dedent("  é\r\n  ü\n"),
        textwrap.indent("a\n\nb\n  \nc", "> "),
        indent("x\ny\r\nz", "+", lambda line: line.startswith("y")),
        indent("one\ntwo", prefix="  ", predicate=None),
        indent("", "#"),
    ]
    for bad in (5, b"  x"):
        try:
            dedent(bad)
        except TypeError as e:
            out.append(str(e))
    try:
        indent("a", 3)
    except TypeError as e:
        out.append(str(e))
    try:
        indent(7, "x")
    except AttributeError as e:
        out.append(str(e))
    return repr(out)
