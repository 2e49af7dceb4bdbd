# An invoice rendered as a fixed-width table with f-string alignment, grouping and signs.
LINES = [
    ("Consulting (senior)", 12.5, 185.0, 0.0),
    ("Travel", 1, 642.3, 0.0),
    ("Software licence", 3, 1299.99, 0.15),
    ("Refund: overbilled hours", -2, 185.0, 0.0),
    ("Café & snacks", 14, 3.75, 0.0),
]
TAX = 0.0825


def money(x, width=12):
    return f"{x:>{width},.2f}" if x >= 0 else f"{'(' + format(-x, ',.2f') + ')':>{width}}"


def on_client_request():
    w = max(len(d) for d, *_ in LINES) + 2
    head = f"{'Description':<{w}}{'Qty':>7}{'Unit':>11}{'Disc':>7}{'Amount':>13}"
    rule = "=" * len(head)
    rows = [rule, head, rule.replace("=", "-")]
    subtotal = 0.0
    for i, (desc, qty, unit, disc) in enumerate(LINES, 1):
        amount = qty * unit * (1 - disc)
        subtotal += amount
        qty_s = f"{qty:g}" if isinstance(qty, float) else f"{qty:d}"
        rows.append(f"{desc:.<{w}}{qty_s:>7}{unit:>11.2f}{disc:>7.0%}{money(amount, 13)}")
    tax = subtotal * TAX
    rows.append(rule.replace("=", "-"))
    for label, val in (("Subtotal", subtotal), (f"Tax {TAX:.2%}", tax), ("TOTAL", subtotal + tax)):
        rows.append(f"{label:>{len(head) - 13}}{money(val, 13)}")
    rows.append(rule)
    rows.append(f"{'centered note':^{len(head)}}|")
    rows.append(f"{subtotal:+.3e} {subtotal:_.1f} {int(subtotal):#x} {int(subtotal):#o} {int(subtotal):b}")
    rows.append(f"{-0.0:z.1f} {0.000123456:.3g} {123456789:,d} {1e21:g} {2.5:08.3f} {-7:+05d} {42:^9d}|")
    rows.append("%-10s|%8.3f|%+d|%x|%5.1f%%" % ("pct", 3.14159, 7, 255, 12.34))
    rows.append("{:*^20}|{:>+8.2f}|{!r:<10}|".format(" INVOICE ", 3.14159, "é"))
    return "\n".join(rows) + "\n"
