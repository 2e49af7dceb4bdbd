# Exception chaining and handling: from, from None, context, finally ordering, retries.


class ConfigError(Exception):
    """Bad configuration."""


class MissingKey(ConfigError, KeyError):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(key) from e


def parse_port(cfg):
    raw = load(cfg, "port")
    try:
        port = int(raw)
    except ValueError:
        raise ConfigError(f"port {raw!r} is not a number") from None
    if not 0 < port < 65536:
        raise ConfigError("port out of range", port)
    return port


def flaky(attempts):
    trace = []
    for i in range(1, 6):
        try:
            trace.append(f"try{i}")
            if i < attempts:
                raise RuntimeError(f"fail {i}")
            return trace + ["ok"]
        except RuntimeError as e:
            trace.append(str(e))
            continue
        finally:
            trace.append("fin")
    return trace + ["gave up"]


def describe(e):
    parts = [f"{type(e).__name__}{e.args}"]
    if e.__cause__ is not None:
        parts.append(f"cause={type(e.__cause__).__name__}({e.__cause__})")
    if e.__context__ is not None:
        parts.append(f"context={type(e.__context__).__name__}")
    parts.append(f"suppress={e.__suppress_context__}")
    return " ".join(parts)


def on_client_request():
    out = []
    for cfg in ({"port": "8080"}, {}, {"port": "http"}, {"port": "70000"}):
        try:
            out.append(f"port={parse_port(cfg)}")
        except MissingKey as e:
            out.append("missing " + describe(e) + f" isKeyError={isinstance(e, KeyError)} str={e}")
        except ConfigError as e:
            out.append("config " + describe(e))
    out.append(str(flaky(3)))
    out.append(str(flaky(9)))
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [].pop()
    except IndexError as e:
        out.append(describe(e))
    try:
        raise ValueError
    except ValueError as e:
        out.append(repr(e) + " " + str(e.args))
    e = ConfigError("a", 1)
    out.append(f"{e!s} {e!r} {KeyError('x')} {ConfigError.__name__}")
    return "\n".join(out)
