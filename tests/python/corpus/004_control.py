def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"


def on_client_request():
    out = []
    for n in [-5, 0, 3, 42]:
        out.append(classify(n))
    i = 0
    total = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 15:
            break
        total += i
    for j in range(10, 0, -3):
        out.append(j)
    else:
        out.append("done")
    return f"{out} {total}"
