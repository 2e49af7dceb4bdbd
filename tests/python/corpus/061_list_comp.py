def on_client_request():
    return repr([[x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0], [(a, b) for a in range(3) for b in "xy"], [[j for j in range(i)] for i in range(4)]])
