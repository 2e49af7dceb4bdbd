# Class-level state: instance counting, a registry keyed by name, class
# attributes read through instances and overridden per subclass, a
# classmethod reading cls attributes, identity and equality of
# registered objects.
class Plugin:
    registry = {}
    count = 0
    kind = "generic"

    def __init__(self, name):
        self.name = name
        self.id = Plugin.count
        Plugin.count += 1
        Plugin.registry[name] = self

    @classmethod
    def describe(cls):
        return cls.__name__ + ":" + cls.kind

    def __repr__(self):
        return f"<{self.kind} {self.name} #{self.id}>"


class Exporter(Plugin):
    kind = "exporter"


class Importer(Plugin):
    kind = "importer"


def on_client_request():
    for n in ["csv", "json"]:
        Exporter(n)
    Importer("xml")
    Plugin("misc")
    out = [Plugin.count, sorted(Plugin.registry), list(Plugin.registry.values())]
    out += [Exporter.describe(), Importer.describe(), Plugin.describe(), Plugin.registry["csv"].describe()]
    out.append(Plugin.registry["xml"] is Plugin.registry["xml"])
    out.append([type(p).__name__ for p in Plugin.registry.values()])
    return "\n".join(str(x) for x in out) + "\n"
