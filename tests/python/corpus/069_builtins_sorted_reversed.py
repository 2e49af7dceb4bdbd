def on_client_request():
    data = [("b", 2), ("a", 3), ("c", 1)]
    return repr([sorted([3, 1, 2]), sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True), sorted("hello"), list(reversed(range(4))), sorted({"z": 1, "y": 2})])
