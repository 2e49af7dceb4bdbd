import json


def on_client_request():
    data = {"name": "José", "n": [1, 2.5, None, True, False], "nested": {"k": "v\n\"q\""}, "e": [], "t": (1, 2)}
    return json.dumps(data)
