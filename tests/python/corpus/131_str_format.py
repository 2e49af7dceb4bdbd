# str.format on a str literal, as CPython: automatic and manual numbering,
# keyword fields, !r and !s, every supported format spec, {{ }} escapes,
# and the arguments evaluated once each, left to right.
calls = []


def note(v):
    calls.append(v)
    return v


def on_client_request():
    rows = [("ada", 36, 1.5), ("bob", 7, 22.25)]
    out = []
    for name, age, score in rows:
        out.append("{:<5} {:>4} {:08.3f}|{!r:>7}".format(name, age, score, name))
    out.append("{0}-{1}-{0} {2:x} {2:b}".format("a", "b", 255))
    out.append("{who} is {age:d} ({who!r})".format(who="cy", age=41))
    out.append("{{literal}} {} {{}}".format(3))
    out.append("{:.3} {:.2e} {:g} {:%}".format(3.14159, 12345.678, 1e-7, 0.256))
    out.append("{} {} {}".format(None, [1, "x"], {"k": (1, 2)}))
    out.append("{1}{0}".format(note("first"), note("second")))
    out.append(repr(calls))
    out.append("".format() + "plain".format(1, 2, extra=3))
    try:
        out.append("{:d}".format("text"))
    except ValueError as e:
        out.append("ValueError: " + str(e))
    return "\n".join(out) + "\n"
