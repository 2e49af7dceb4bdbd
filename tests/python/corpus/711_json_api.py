# A JSON order API: validation with custom errors, totals, nested output.
import json

BODY = '''{"customer": {"name": "Zoë", "tier": "gold"},
 "lines": [{"sku": "A-1", "qty": 2, "unit": 9.99},
           {"sku": "B-7", "qty": 1, "unit": 120.0, "gift": true},
           {"sku": "C-3", "qty": 0, "unit": 5}],
 "coupon": null, "notes": "leave at door\\u2014thanks"}'''

DISCOUNTS = {"gold": 0.1, "silver": 0.05}


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


def validate_line(i, line):
    for key, typ in (("sku", str), ("qty", int), ("unit", (int, float))):
        if key not in line:
            raise ValidationError(f"lines[{i}].{key}", "missing")
        if not isinstance(line[key], typ):
            raise ValidationError(f"lines[{i}].{key}", "wrong type")
    if line["qty"] < 0:
        raise ValidationError(f"lines[{i}].qty", "negative")


def price(order):
    for i, line in enumerate(order["lines"]):
        validate_line(i, line)
    kept = [l for l in order["lines"] if l["qty"] > 0]
    subtotal = sum(l["qty"] * l["unit"] for l in kept)
    rate = DISCOUNTS.get(order["customer"].get("tier"), 0)
    discount = round(subtotal * rate, 2)
    return {
        "customer": order["customer"]["name"],
        "lines": [{"sku": l["sku"], "total": round(l["qty"] * l["unit"], 2),
                   "gift": l.get("gift", False)} for l in kept],
        "subtotal": round(subtotal, 2),
        "discount": discount,
        "total": round(subtotal - discount, 2),
        "dropped": len(order["lines"]) - len(kept),
    }


def on_client_request():
    order = json.loads(BODY)
    out = [json.dumps(price(order), sort_keys=True)]
    out.append(json.dumps(price(order), indent=2, ensure_ascii=False))
    bad = json.loads(BODY)
    bad["lines"][1]["qty"] = "one"
    try:
        price(bad)
    except ValidationError as e:
        out.append(f"{e} | {e.args} | {repr(e)}")
    for text in ('{"a": [1, 2,]}', '{"a" 1}', '[1, 2', '', '{"x": 1e400, "y": -0.0}'):
        try:
            out.append(repr(json.loads(text)))
        except ValueError as e:
            out.append("error: " + str(e))
    out.append(json.dumps({"k": [1.5, None, True, "ü\n"], "n": 10 ** 20}, separators=(",", ":")))
    out.append(order["notes"])
    return "\n".join(out)
