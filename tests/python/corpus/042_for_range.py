def on_client_request():
    return repr([list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(0)), sum(range(101)), len(range(3, 30, 4))])
