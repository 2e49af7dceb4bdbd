def on_client_request():
    s = "a,b,,c"
    return repr([s.split(","), s.split(",", 1), "  a  b c ".split(), "a b c".split(None, 1), "-".join(["x", "y", "z"]), "".join(reversed("abc")), s.rsplit(",", 2), "k=v=w".rsplit("=", 1), "a b  c".rsplit()])
