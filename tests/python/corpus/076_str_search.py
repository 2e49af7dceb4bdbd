def on_client_request():
    s = "hello world, hello"
    return repr([s.find("hello"), s.find("xyz"), s.index("world"), s.count("hello"), s.count("l"), s.startswith("hell"), s.endswith("llo"), s.startswith("world"), s.replace("hello", "bye"), s.replace("l", "L", 2)])
