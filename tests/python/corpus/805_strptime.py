# datetime.strptime: the common directives (numbers with and without
# leading zeros, names in any case, %p with %I, %f, %z with and without
# colons and Z, %Z, %j, %U/%W with a weekday, %y's century, %c %x %X),
# whitespace runs, the defaults (1900-01-01), and CPython's errors:
# no match, unconverted data, bad and stray directives, bad dates.
from datetime import datetime


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    cases = [
        ("2024-03-05", "%Y-%m-%d"),
        ("2024-3-5", "%Y-%m-%d"),
        ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
        ("2024-03-05T14:07:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
        ("2024-03-05T14:07:09.123456", "%Y-%m-%dT%H:%M:%S.%f"),
        ("05/03/2024", "%d/%m/%Y"),
        ("05032024", "%d%m%Y"),
        ("202403051407", "%Y%m%d%H%M"),
        ("Tue, 05 Mar 2024 14:07:09 +0000", "%a, %d %b %Y %H:%M:%S %z"),
        ("Tue, 05 Mar 2024 14:07:09 -0530", "%a, %d %b %Y %H:%M:%S %z"),
        ("tuesday MARCH 5 2024", "%A %B %d %Y"),
        ("2:07 pm", "%I:%M %p"),
        ("12:07 AM", "%I:%M %p"),
        ("12:07 PM", "%I:%M %p"),
        ("12:07", "%I:%M"),
        ("2024-03-05T14:07:09+05:30", "%Y-%m-%dT%H:%M:%S%z"),
        ("2024-03-05T14:07:09Z", "%Y-%m-%dT%H:%M:%S%z"),
        ("+01:00:30.25", "%z"),
        ("+01:0030", "%z"),
        ("065 2024", "%j %Y"),
        ("366 2023", "%j %Y"),
        ("2024 10 2", "%Y %U %w"),
        ("2024 0 0", "%Y %U %w"),
        ("2024 10 Mon", "%Y %W %a"),
        ("68 1 1", "%y %m %d"),
        ("69 1 1", "%y %m %d"),
        ("140709", "%H%M%S"),
        ("5 Mar", "%d %b"),
        ("29 Feb", "%d %b"),
        ("Tue Mar  5 14:07:09 2024", "%c"),
        ("03/05/24", "%x"),
        ("14:07:09", "%X"),
        ("2024 UTC", "%Y %Z"),
        ("2024 gmt +0100", "%Y %Z %z"),
        ("100%2024", "100%%%Y"),
        ("12", "%d%m"),
        ("123", "%d"),
        ("1   2", "%d %m"),
        ("1 2", "%d  %m"),
        (" 5 3", "%d %m"),
        ("2024-02-30", "%Y-%m-%d"),
        ("2024-13-01", "%Y-%m-%d"),
        ("x", "%Y"),
        ("2024", "%Y%"),
        ("2024", "%Q"),
        ("2024-01-01 extra", "%Y-%m-%d"),
        ("0000", "%Y"),
        ("24:00", "%H:%M"),
    ]
    for s, f in cases:
        attempt(out, lambda: datetime.strptime(s, f))
    attempt(out, lambda: datetime.strptime(2024, "%Y"))
    attempt(out, lambda: datetime.strptime("2024", None))
    d = datetime.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M")
    out.append(d.strftime("%A %d %B %Y, %I:%M %p") + " " + str(type(d).__name__))
    return "\n".join(out) + "\n"
