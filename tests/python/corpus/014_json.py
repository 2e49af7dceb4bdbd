import json


def on_client_request():
    data = {"b": [1, 2.5, None, True], "a": "é\n\"q\"", "c": {}}
    return json.dumps(data) + "\n" + json.dumps(data, sort_keys=True, indent=2) + "\n" + json.dumps([1, 2], separators=(",", ":"))
