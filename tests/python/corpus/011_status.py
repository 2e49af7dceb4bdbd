def on_client_request():
    return "created\n", 201, {"X-Thing": "yes", "Cache-Control": "no-store"}
