# printf-style precisions on int conversions (%.3d, %#8.4x) and '*' precisions,
# in literal and computed formats, with CPython's padding and errors.

def on_client_request():
    out = []
    for f, v in [('%08.3d', 5), ('%-8.3d|', 5), ('%+.3d', 5), ('%#.3x', 5), ('%#8.3o', 5), ('%.0d', 0),
                 ('%.3d', -5), ('%.3d', 5.7), ('%+08.3d', -5), ('%#010.4X', 255), ('% .3d', 7),
                 ('%.3i', 12345), ('%5.3u', 4), ('%08.3x', -5), ('%.2c', 65), ('%5.1c|', 'a'),
                 ('%.30d', 2**70), ('%.*f', (2, 3.14159)), ('%*.*f|', (8, 3, 2.5)), ('%-*.*d|', (6, 3, 7)),
                 ('%.*d', (-2, 5)), ('%.*s', (2, "abcdef"))]:
        try:
            out.append(repr(f % v))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    out.append("%.3d apples and %5.2f%%" % (7, 99.5))
    out.append("%(n).4d|%(x)#.3x" % {"n": 42, "x": 10})
    out.append("[%.*s]" % (3, "abcdef"))
    try:
        out.append("%.3d" % "s")
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%.*f" % ("x", 1.0))
    except TypeError as e:
        out.append(str(e))
    return "\n".join(out)
