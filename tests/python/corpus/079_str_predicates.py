def on_client_request():
    tests = ["123", "abc", "a1", "", " \t", "ABC", "12.5"]
    return repr([[t.isdigit(), t.isalpha(), t.isalnum(), t.isspace()] for t in tests])
