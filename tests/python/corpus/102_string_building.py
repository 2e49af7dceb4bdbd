def on_client_request():
    parts = []
    for i in range(50):
        parts.append(str(i * i))
    s = ",".join(parts)
    acc = ""
    for ch in s[:40]:
        if ch != ",":
            acc += ch
    return f"{len(s)} {acc} {s[-10:]}"
