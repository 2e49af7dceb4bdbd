# A defaultdict's default_factory: read, assigned (a callable or None),
# None making missing keys a KeyError while the repr stays a
# defaultdict's; copies keep it.
import copy
from collections import defaultdict


def on_client_request():
    out = []
    d = defaultdict(None, {"a": 1})
    out.append((repr(d), d.default_factory))
    try:
        d["missing"]
    except KeyError as e:
        out.append(repr(e))
    d.default_factory = list
    d["x"].append(1)
    out.append((repr(d), d.default_factory is list))
    d.default_factory = lambda: "fresh"
    out.append(d["y"])
    d.default_factory = None
    try:
        d["z"]
    except KeyError as e:
        out.append(repr(e))
    out.append((repr(copy.copy(d)), repr(copy.deepcopy(d)), repr(d.copy())))
    e = defaultdict(int)
    e["n"] += 2
    out.append((repr(e), e.default_factory))
    return repr(out)
