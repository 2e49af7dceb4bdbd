def on_client_request():
    s = "naïve 😀 café"
    return repr([len(s), s[2], s[6], s[-1], s[:5], s[6:], s[::-1], s[::2], s.upper()])
