import json


def on_client_request():
    data = {"b": 1, "a": [1, {"z": None}], "c": "é"}
    return "\n".join([json.dumps(data, sort_keys=True), json.dumps(data, indent=2), json.dumps(data, separators=(",", ":")), json.dumps(data, ensure_ascii=False), json.dumps([]), json.dumps(1.0), json.dumps("x")])
