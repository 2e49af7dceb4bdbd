# datetime as handlers use it: parsing a query's dates, durations,
# grouping events by day (dates as dict keys), sorting, expiry checks
# against a fixed "now", and ISO timestamps in JSON.
# call: /?start=2024-02-27&end=2024-03-02&at=2024-02-28T09:30:00%2B01:00
# call: /?start=2024-03-02&end=2024-02-27&at=bad
import json
from datetime import date, datetime, timedelta, timezone
from mayfly import request

EVENTS = [
    ("2024-02-27T23:30:00+00:00", "deploy"),
    ("2024-02-28T08:15:00+01:00", "login"),
    ("2024-02-28T17:45:30-05:00", "logout"),
    ("2024-03-01T00:00:00Z", "billing"),
    ("2024-02-29T12:00:00.250000+00:00", "leap"),
]


def parse_events():
    out = []
    for stamp, what in EVENTS:
        out.append((datetime.fromisoformat(stamp).astimezone(timezone.utc), what))
    return sorted(out)


def on_client_request():
    args = request.args
    start = date.fromisoformat(args.get("start"))
    end = date.fromisoformat(args.get("end"))
    if end < start:
        start, end = end, start
    days = (end - start).days + 1
    by_day = {}
    for when, what in parse_events():
        by_day.setdefault(when.date(), []).append(what + "@" + when.strftime("%H:%M"))
    rows = []
    day = start
    while day <= end:
        rows.append({"day": day.isoformat(), "weekday": day.strftime("%a"), "events": by_day.get(day, [])})
        day += timedelta(days=1)
    try:
        at = datetime.fromisoformat(args.get("at"))
        at_text = at.isoformat()
        expires = at + timedelta(hours=36)
        fresh = expires > datetime(2024, 2, 29, 12, tzinfo=timezone.utc)
    except ValueError as e:
        at_text = str(e)
        fresh = None
    body = {"days": days, "rows": rows, "at": at_text, "fresh": fresh, "span": str(timedelta(days=days) / 3)}
    return json.dumps(body, indent=1)
