def on_client_request():
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    d = {"z": 1, "a": 2}
    d["m"] = 3
    del d["z"]
    d.setdefault("q", [])
    d["q"].append(1)
    e = d.copy()
    e.update({"a": 20})
    popped = e.pop("a")
    keys = list(counts.keys())
    vals = list(counts.values())
    items = [(k, v) for k, v in counts.items() if v > 1]
    return {"counts": counts, "d": d, "e": e, "popped": popped, "keys": keys, "vals": vals, "items": items, "in": "cat" in counts}
