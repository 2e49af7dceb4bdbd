def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def on_client_request():
    return repr([greet("a"), greet("b", "Hi"), greet("c", punct="?"), greet(greeting="Yo", name="d")])
