# raise ... from: the cause is printed first, as the direct cause; from
# None hides the context.
class ConfigError(Exception):
    pass


def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("no port") from e


def on_client_request():
    try:
        load({})
    except ConfigError as e:
        note = repr(e.__cause__) + " " + str(e.__suppress_context__)
    try:
        int("x")
    except ValueError:
        try:
            raise TypeError("hidden context") from None
        except TypeError as t:
            note += " " + repr(t.__cause__) + " " + str(t.__suppress_context__) + " " + repr(t.__context__)
    return load({"host": note})
