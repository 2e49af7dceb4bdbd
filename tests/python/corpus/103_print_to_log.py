print("module level print", 1, 2.5, sep="|")


def on_init():
    print("init")


def on_client_request():
    print("in request", [1, 2])
    return "printed"
