# Formatting a receipt and a metrics dump: %, str.format, f-strings, format().

ITEMS = [("Espresso", 2, 2.5), ("Croissant", 3, 1.95), ("Orange juice (large)", 1, 4.75),
         ("Tip", 1, 1.005)]


def receipt(items, tax=0.081):
    lines = ["%-22s %3s %8s" % ("Item", "Qty", "Amount"), "-" * 35]
    subtotal = 0
    for name, qty, unit in items:
        amount = qty * unit
        subtotal += amount
        short = name if len(name) <= 20 else name[:19] + "~"
        lines.append("%-22s %3d %8.2f" % (short, qty, amount))
    lines.append("-" * 35)
    lines.append("{:<26}{:>9.2f}".format("Subtotal", subtotal))
    lines.append("{label:<26}{value:>9.2f}".format(label=f"Tax {tax:.1%}", value=subtotal * tax))
    lines.append(f"{'TOTAL':<26}{subtotal * (1 + tax):>9,.2f}")
    return lines


def on_client_request():
    out = receipt(ITEMS)
    metrics = {"requests": 1234567, "errors": 42, "latency_ms": 3.14159, "ratio": 0.000123}
    for k, v in metrics.items():
        out.append(f"{k:.<15}{v:>14,}" if isinstance(v, int) else f"{k:.<15}{v:>14.4g}")
    out.append("%(requests)d requests, %(errors)05d errors, %(ratio).2e" % metrics)
    out.append("%x %X %o %#x %#o %+d % d %5.1f%% %c %r %a" % (255, 255, 8, 255, 8, 5, 5, 99.5, 65, "é", "é"))
    out.append(format(1234.5678, ",.2f") + " " + format(0.5, ".0%") + " " + format(42, "b") + " " + format(-42, "=+8d"))
    out.append(f"{12345678:_} {0xdeadbeef:_x} {3.0:g} {1e-7:g} {123456789.0:g} {float('inf'):>6} {-0.0:z.1f}")
    out.append("{0}{1}{0} {2!r:>6} {3:^9.3s}|".format("ab", "-", "q", "truncate"))
    w, p = 12, 3
    out.append(f"[{2 / 3:{w}.{p}f}] [{'mid':*^{w}}] [{-7:0{w}d}]")
    out.append("{:>{}}|{:<{}}|".format("r", 4, "l", 3))
    out.append("%s and %s" % ("one", ("tuple", 2)) if False else "%s and %r" % ("one", ("tuple", 2)))
    try:
        "%d" % "x"
    except TypeError as e:
        out.append(str(e))
    try:
        format(3.5, "d")
    except ValueError as e:
        out.append(str(e))
    try:
        fmt = "{} " * 2
        fmt.format(1)
    except IndexError as e:
        out.append(str(e))
    return "\n".join(out)
