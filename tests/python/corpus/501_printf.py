# printf-style % formatting, with a literal format (parsed at compile time) and a
# computed one (parsed at run time): every flag, * widths, %(key) mappings, the
# conversions d i u o x X e E f F g G c r s a, and CPython's errors.

def on_client_request():
    out = []
    out.append("%5.1f|%-6d|%06.2f|%x|%-4s|%4s|%.2s|%05s|%ld" % (3.14159, 42, -2.5, 255, "ab", "cd", "xyz", "q", 7))
    out.append("%+d % d %+.2e %#x %#X %#o %X %o %F %E %G %g" % (5, 5, 12345.678, 255, 255, 8, 3054, 8, 1.5, 1e-10, 1e20, 0.0001))
    out.append("%-05d|%05d|%+05d|% 5d|%-+5d|" % (5, -5, 5, 5, 5))
    out.append("%c%c%3c|%-3c|" % (72, "i", 65, "z"))
    out.append("%r %a %s" % ("é", "é", "é"))
    out.append("%*d|%-*d|%*s|%*s" % (5, 3, 4, 2, 6, "ab", -6, "cd"))
    d = {"name": "Ann", "n": 2.345, "k": 7}
    out.append("%(name)s has %(n).2f and %(k)05d; %(name)r" % d)
    out.append("%d%%" % 50)
    out.append("%s" % (1,))
    out.append("%s" % [1, 2])
    out.append("%d %s" % (2**70, -2**70))
    out.append("%x %o" % (2**70, -2**70))
    out.append("%d" % True + "%f" % 3 + "%d" % 3.99 + "%i" % -3.99)
    out.append("%10.3f|%-10.3e|%10g" % (3.14159, 3.14159, 3.14159))
    for f, a in [("%d", "x"), ("%x", 3.5), ("%c", -1), ("%c", "ab"), ("%c", 3.0), ("%*d", (5.0, 3)),
                 ("%(a)s", (1,)), ("%(a)s", {}), ("%s %s", (1,)), ("%s", (1, 2)), ("%f", "x"), ("%d", None),
                 ("%c", 2**70), ("%o", 1.5), ("%X", "s")]:
        try:
            out.append(f % a)
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    out.extend(runtime_formats())
    return "\n".join(out)


def runtime_formats():
    out = []
    fmts = ["%5.1f|%-6d|%06.2f|%x|%-4s|%4s|%.2s|%05s|%ld", "%+d % d %+.2e %#x %#X %#o"]
    out.append(fmts[0] % (3.14159, 42, -2.5, 255, "ab", "cd", "xyz", "q", 7))
    out.append(fmts[1] % (5, 5, 12345.678, 255, 255, 8))
    f = "%(name)s has %(n).2f and %(k)05d; %(name)r %%"
    out.append(f % {"name": "Ann", "n": 2.345, "k": 7})
    f = "%*d|%-*d|%.*f|%c%c|%r %a"
    out.append(f % (5, 3, 4, 2, 2, 3.14159, 72, "i", "é", "é"))
    s = "total: %d"
    s %= 12
    out.append(s)
    out.append(f"{1}%s" % "x")
    for f, a in [("%d", "x"), ("%x", 3.5), ("%c", -1), ("%c", "ab"), ("%*d", (5.0, 3)),
                 ("%(a)s", (1,)), ("%(a)s", {}), ("%s %s", (1,)), ("%s", (1, 2)), ("%f", "x"),
                 ("abc%", 1), ("%(a", {}), ("%q", 1), ("é%ü", 1), ("abc", 5), ("abc", ()), ("abc", []),
                 ("%s", {}), ("%s %s", [1, 2]), ("%5%", ()), ("%s", ()), ("%s", ((1, 2),))]:
        try:
            out.append(repr(f % a))
        except (TypeError, ValueError, KeyError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out
