# @property with setter and deleter, read-only properties, computed
# attributes, and validation in a setter.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


def on_client_request():
    t = Temperature(20)
    out = [t.celsius, t.fahrenheit]
    t.celsius = 100
    out.append([t.celsius, t.fahrenheit])
    try:
        t.celsius = -300
    except ValueError as e:
        out.append(str(e))
    del t.celsius
    out.append(t.celsius)
    try:
        t.fahrenheit = 5
    except AttributeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
