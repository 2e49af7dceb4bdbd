# printf-style % formatting with a str literal on the left, as CPython:
# flags -, 0, width, precision, %s %r %d %i %u %x %f %e %E %g %G %%, a
# tuple or a single value (a tuple held in a variable is the argument
# list), length modifiers ignored, and CPython's TypeErrors for wrong
# counts and types.
def attempt(f):
    try:
        return repr(f())
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


def on_client_request():
    user = "bob"
    post_id = 42
    pair = ("x", 7)
    out = [
        "User %s" % user,
        "post %d" % post_id,
        "%5.1f|%-6d|%06.2f|%x|%-4s|%4s|%.2s|%05s|%-05d|%e|%g|%%|%r" % (3.14159, 42, 2.5, 255, "ab", "ab", "abc", "ab", 7, 1234.5, 0.0001, "q"),
        "%s=%s" % pair,
        "%d %i %u %ld" % (3.7, True, -2.5, 9),
        "%05d|%-5d|%5d|%06.1f" % (-42, -42, -42, -2.5),
        "%.3e %E %G %g %.0f %.10g" % (123456.789, 0.5, 1e-10, 1e20, 2.5, 1 / 3),
        "%s %s %s" % ([1, 2], {"a": 1}, None),
        "%s" % {"k": "v"},
        "%r %r" % ("it's", [1.5, "a"]),
        "no args" % (),
        "%x %x" % (0, -255),
        "%s" % ((1, 2),),
    ]
    out.append(attempt(lambda: "%d" % "a"))
    out.append(attempt(lambda: "%x" % 1.5))
    out.append(attempt(lambda: "%f" % "a"))
    out.append(attempt(lambda: "%s %s" % (1,)))
    out.append(attempt(lambda: "%s" % (1, 2)))
    out.append(attempt(lambda: "abc" % 5))
    out.append(attempt(lambda: "%s" % ()))
    out.append(attempt(lambda: "%d" % None))
    return "\n".join(out) + "\n"
