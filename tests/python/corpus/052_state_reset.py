# call: /
# call: /again
hits = [0]
total = 0


def on_init():
    global total
    total = 100


def on_client_request():
    global total
    hits[0] += 1
    total += 1
    return repr([hits, total])
