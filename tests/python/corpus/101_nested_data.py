def on_client_request():
    users = [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]
    by_tag = {}
    for u in users:
        for t in u["tags"]:
            by_tag.setdefault(t, []).append(u["name"])
    return repr([by_tag, [u["name"] for u in users if u["tags"]], users[0]["tags"][-1]])
