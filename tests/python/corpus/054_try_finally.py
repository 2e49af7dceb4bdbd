log = []


def risky(n):
    r = 0
    try:
        if n == 0:
            raise ValueError("zero")
        r = 10 // n
    except ValueError as e:
        log.append("caught " + str(e))
        r = -1
    finally:
        log.append("finally " + str(n))
    return r


def on_client_request():
    return repr([risky(2), risky(0), log])
