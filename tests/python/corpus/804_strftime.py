# strftime in the C locale: every common directive for date, time
# (on 1900-01-01) and datetime, %z/%Z/%f of naive and aware values,
# glibc's flags (-, _, 0, ^), unknown directives kept as written, years
# before 1000, ctime, the TypeError for a non-str format, and format()
# and f-string specs (strftime's, as __format__ is).
from datetime import date, time, datetime, timedelta, timezone


def on_client_request():
    out = []
    est = timezone(timedelta(hours=-5), "EST")
    odd = timezone(timedelta(seconds=3661, microseconds=5))
    values = [
        datetime(2024, 3, 5, 14, 7, 9, 12345, tzinfo=est),
        datetime(2024, 12, 31, 0, 0, 0),
        datetime(2021, 1, 3, 12, 59, 59, 999999, tzinfo=timezone.utc),
        datetime(5, 1, 1, 23, 1, tzinfo=odd),
        date(2026, 7, 4),
        date(999, 12, 30),
        time(13, 5, 7, 9),
        time(0, 0, tzinfo=est),
    ]
    fmts = [
        "%a %A %b %B %h",
        "%d %m %y %Y %C %j",
        "%H %I %M %S %f %p %P",
        "%U %W %w %u %G %g %V",
        "%c|%x|%X|%D|%F|%T|%R|%r",
        "%e %k %l %s",
        "%z|%Z",
        "%-d %-m %-H %_d %_H %0e %^a %^B %^p",
        "%% %Q %E %:z %",
        "plain text",
        "%Y-%m-%dT%H:%M:%S.%f%z",
    ]
    for v in values:
        for f in fmts:
            out.append(v.strftime(f))
        out.append(str(v))
    out.append(date(2024, 3, 5).ctime() + "|" + datetime(2024, 3, 25, 1, 2, 3).ctime())
    try:
        date(2024, 1, 1).strftime(5)
    except TypeError as e:
        out.append(str(e))
    d = date(2024, 7, 4)
    x = datetime(2024, 7, 4, 9, 5, tzinfo=timezone.utc)
    out.append(f"{d:%d.%m.%Y} {x:%H:%M %Z} {time(8, 30):%I:%M %p} {d} {d!r} {x:}")
    out.append("{:%A}|{}|{:%j}".format(d, x, x) + "|" + format(d, "%b %d") + "|" + format(x, ""))
    try:
        out.append(f"{timedelta(1):>10}")
    except TypeError as e:
        out.append(str(e))
    for m in range(1, 13):
        d = date(2025, m, 1)
        out.append(d.strftime("%b %B %a %A %U %W %j"))
    return "\n".join(out) + "\n"
