def on_client_request():
    words = ["banana", "Apple", "cherry", "date"]
    return repr([sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: len(w), reverse=True)])
