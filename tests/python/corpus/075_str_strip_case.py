def on_client_request():
    s = "  Hello World  "
    return repr([s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), "hello world".title(), "hELLO".capitalize(), "Hello".swapcase(), "ÉCOLE".lower(), "straße".upper() if False else "strasse".upper(), "abc".upper(), "ABC".lower()])
