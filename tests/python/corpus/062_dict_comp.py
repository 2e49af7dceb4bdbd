def on_client_request():
    words = ["apple", "bob", "cat", "apple"]
    return repr([{w: len(w) for w in words}, {i: i * i for i in range(5) if i % 2}, {a + b: 1 for a in "ab" for b in "cd"}])
