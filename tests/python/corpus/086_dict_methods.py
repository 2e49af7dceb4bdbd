def on_client_request():
    d = {"a": 1, "b": 2}
    g1 = d.get("a")
    g2 = d.get("z")
    g3 = d.get("z", 0)
    s1 = d.setdefault("c", 3)
    s2 = d.setdefault("a", 99)
    d.update({"d": 4, "a": 10})
    e = d.copy()
    p = d.pop("b")
    p2 = d.pop("zz", "dflt")
    return repr([d, e, g1, g2, g3, s1, s2, p, p2, list(d.keys()), list(d.values()), list(d.items())])
