def on_client_request():
    x = 3.14159
    n = 42
    s = "hi"
    return f"{x:.2f}|{n:>6}|{n:05d}|{n:<5}|{s!r}|{s:^6}|{n:x}|{0.1 + 0.2}|{1e20}|{2.5}|{n * 2}"
