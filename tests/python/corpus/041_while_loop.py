def on_client_request():
    n = 27
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    i = 0
    while True:
        i += 1
        if i > 5:
            break
    else:
        i = -1
    return repr([steps, i])
