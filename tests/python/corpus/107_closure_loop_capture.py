def on_client_request():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 10)
    late = []
    for j in range(3):
        late.append(lambda: j)
    return repr([f() for f in fs] + [g() for g in late])
