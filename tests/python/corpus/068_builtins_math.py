def on_client_request():
    return repr([sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(4), 10), abs(-5), abs(-2.5), round(2.5), round(3.5), round(-1.5), round(7.25, 1), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, -2)])
