def on_client_request():
    s = "ab"
    return repr([s * 3, s + "cd", "b" in s, s == "ab", s < "b", s[0], s[-1], s[1:], "%d" if False else "x"])
