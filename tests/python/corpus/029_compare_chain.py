def on_client_request():
    a, b, c = 1, 2, 3
    return repr([a < b < c, a < b > c, a == 1 == True, 1 <= 1 < 2 != 3, "a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) == (1, 2), 1 == 1.0, 3 > 2.5])
