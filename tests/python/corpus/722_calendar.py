# Date arithmetic by hand: leap years, day of week, days between dates, month grids.

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_len(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def ordinal(y, m, d):
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(month_len(y, k) for k in range(1, m))
    return days + d


def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7


def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while ordinal(y, m, month_len(y, m)) < n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1


def grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(d[:2] for d in DAYS)]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2d}" for d in range(1, month_len(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


def parse(s):
    y, m, d = (int(p) for p in s.split("-"))
    if not 1 <= m <= 12 or not 1 <= d <= month_len(y, m):
        raise ValueError(f"invalid date {s}")
    return y, m, d


def on_client_request():
    out = [str([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])]
    for s in ("2024-02-29", "1969-07-20", "2000-01-01", "2023-02-29", "2024-13-01"):
        try:
            y, m, d = parse(s)
            out.append(f"{s}: {DAYS[weekday(y, m, d)]}, day {ordinal(y, m, d) - ordinal(y, 1, 1) + 1} of year")
        except ValueError as e:
            out.append(str(e))
    a, b = ordinal(1969, 7, 20), ordinal(2024, 3, 15)
    out.append(f"{b - a} days = {(b - a) // 7} weeks + {(b - a) % 7} days")
    out.append("%04d-%02d-%02d" % from_ordinal(a + 10000))
    out.extend(grid(2024, 2))
    fridays = [f"{MONTHS[m - 1]}" for m in range(1, 13) if weekday(2026, m, 13) == 4]
    out.append("Friday 13th in 2026: " + ", ".join(fridays))
    return "\n".join(out)
