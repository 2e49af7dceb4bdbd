# Float % is exact like C fmod (x - floor(x/y)*y loses the low bits).
def on_client_request():
    xs = [5.5, -5.5, 1e300, -1e-300, 0.0, -0.0, 7.0, 3.5, 1e22, 2.0**60]
    out = []
    for a in xs:
        for b in [3.5, -3.5, 0.1, -0.1, 1e-300, 7.0, 1e300]:
            out.append(a % b)
    out.append(-7 % 2.5)
    out.append(7 % -2.5)
    return {"r": out}
