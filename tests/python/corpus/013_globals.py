counter = 0
table = {"x": 1}


def bump(n):
    global counter
    counter += n
    return counter


def on_init():
    table["y"] = 2


def on_client_request():
    bump(5)
    bump(7)
    return {"counter": counter, "table": table, "isint": isinstance(counter, int), "isstr": isinstance("s", (int, str)), "chr": chr(233), "ord": ord("A"), "hex": hex(255), "bin": bin(5), "int": int("ff", 16), "float": float("2.5"), "bool": bool("")}
