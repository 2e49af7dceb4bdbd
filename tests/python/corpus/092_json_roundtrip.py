import json


def on_client_request():
    s = json.dumps({"a": [1, 2, {"b": None}], "f": 0.1, "u": "ü"})
    back = json.loads(s)
    return repr([back, back == json.loads(json.dumps(back)), json.loads("[1e3, -0, 10.50]")])
