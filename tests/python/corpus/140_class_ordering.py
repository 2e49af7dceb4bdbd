# Rich comparisons: __lt__ and friends used by <, sorted, min, max and
# sort(); the reflected method when one side lacks it; TypeError when
# neither side orders.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + self.text


class Unordered:
    pass


def on_client_request():
    vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.1")]
    out = [sorted(vs), min(vs), max(vs), Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1")]
    out.append(Version("1.0") >= Version("1.0"))
    vs.sort(reverse=True)
    out.append(vs)
    try:
        Unordered() < Unordered()
    except TypeError as e:
        out.append(str(e))
    try:
        sorted([Unordered(), Unordered()])
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
