def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            break
    else:
        return -1
    return i


def on_client_request():
    odd = []
    for i in range(10):
        if i % 2 == 0:
            continue
        if i > 7:
            break
        odd.append(i)
    return repr([odd, find([4, 5, 6], 6), find([4], 9)])
