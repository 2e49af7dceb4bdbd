def on_client_request():
    name = "Ada"
    n = 42
    x = 3.14159
    return f"{name} {n} {x} {name!r} {[1, 'a']!r} {n + 1} {{braces}}"
