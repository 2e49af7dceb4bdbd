import json


def on_client_request():
    return json.loads("{bad}")
