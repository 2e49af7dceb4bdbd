def on_client_request():
    return repr([0.1 + 0.2, 1e20, 1e16, 1e-5, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 1 / 3, 3.0 * 4, float(7), 1.5e300 * 1e10])
