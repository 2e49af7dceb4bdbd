counter = 0
names = []


def bump(n):
    global counter
    counter += n
    names.append(n)


def on_client_request():
    bump(2)
    bump(5)
    return repr([counter, names])
