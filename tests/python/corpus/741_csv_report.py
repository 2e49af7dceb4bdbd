# A tiny CSV parser (quotes, escaped quotes, embedded commas) and a sales report.
from collections import defaultdict

DATA = '''region,product,units,price,note
north,"Widget, large",12,3.50,"said ""hi"""
south,Gadget,5,12.00,
north,Gadget,7,12.00,rush
east,"Widget, large",0,3.50,"multi
line"
south,Doohickey,20,0.99,
east,Gadget,3,11.50,discount
'''


def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    inq = False
    i = 0
    while i < len(text):
        ch = text[i]
        if inq:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    inq = False
            else:
                field.append(ch)
        elif ch == '"':
            inq = True
        elif ch == sep:
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def on_client_request():
    header, *body = parse_csv(DATA)
    records = [dict(zip(header, r)) for r in body]
    by_region = defaultdict(float)
    by_product = defaultdict(lambda: [0, 0.0])
    for rec in records:
        revenue = int(rec["units"]) * float(rec["price"])
        by_region[rec["region"]] += revenue
        slot = by_product[rec["product"]]
        slot[0] += int(rec["units"])
        slot[1] += revenue
    lines = [f"{'region':<8}|{'revenue':>10}", "-" * 19]
    for region, rev in sorted(by_region.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{region:<8}|{rev:>10,.2f}")
    lines.append("")
    width = max(len(p) for p in by_product)
    for prod, (units, rev) in sorted(by_product.items()):
        share = rev / sum(r for _, r in by_product.values())
        lines.append(f"{prod:{width}} {units:4d} {rev:9.2f} {share:7.2%}")
    notes = [repr(r["note"]) for r in records if r["note"]]
    lines.append("notes: " + ", ".join(notes))
    lines.append(f"fields per row: {[len(r) for r in body]}")
    return "\n".join(lines) + "\n"
