def check(k):
    try:
        if k == 0:
            raise KeyError("k")
        if k == 1:
            raise IndexError("i")
        if k == 2:
            raise TypeError("t")
        if k == 3:
            raise RuntimeError("r")
        if k == 4:
            raise NotImplementedError
        raise Exception("e")
    except LookupError as e:
        return "lookup " + repr(str(e))
    except Exception as e:
        return "other " + str(e)


def on_client_request():
    return repr([check(k) for k in range(6)])
