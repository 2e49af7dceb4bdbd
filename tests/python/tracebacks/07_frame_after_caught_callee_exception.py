# After an exception raised in a callee was caught by the caller, a
# later uncaught exception in the caller names the caller's frame.
def process(data):
    raise KeyError(data)


def on_client_request():
    try:
        process("x")
    except KeyError:
        pass
    return {}["missing"]
