def parse(s):
    try:
        return int(s)
    except ValueError:
        return lookup(s)


def lookup(s):
    table = {"one": 1}
    return table[s]


def on_client_request():
    vals = [parse(x) for x in ["1", "one", "two"]]
    return str(vals)
