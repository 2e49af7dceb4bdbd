# itemgetter, attrgetter (dotted names too) and methodcaller: sorting
# records, picking fields, calling methods of user objects; reprs.
from operator import attrgetter, itemgetter, methodcaller
import operator


class Address:
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code


class User:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city, len(city) * 1000)

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


def on_client_request():
    out = []
    rows = [("pear", 3, 0.5), ("apple", 7, 0.25), ("fig", 3, 1.5)]
    out.append(sorted(rows, key=itemgetter(1)))
    out.append(sorted(rows, key=itemgetter(1, 0)))
    out.append(max(rows, key=itemgetter(2)))
    out.append(list(map(itemgetter(0), rows)))
    records = [{"id": 3, "tag": "b"}, {"id": 1, "tag": "a"}]
    out.append(sorted(records, key=itemgetter("id")))
    out.append(itemgetter("tag", "id")(records[0]))
    out.append(itemgetter(-1)([1, 2, 3]))
    users = [User("ann", 31, "Oslo"), User("bob", 25, "Rome"), User("cy", 31, "Lima")]
    out.append([u.name for u in sorted(users, key=attrgetter("age", "name"))])
    out.append(list(map(attrgetter("address.city"), users)))
    out.append(attrgetter("name", "address.zip_code")(users[0]))
    out.append(list(map(methodcaller("greet", "Hi"), users)))
    out.append(methodcaller("greet", "Yo", punct="?")(users[1]))
    out.append(repr(itemgetter(1)))
    out.append(repr(itemgetter(0, "a")))
    out.append(repr(attrgetter("a.b", "c")))
    out.append(repr(methodcaller("greet", "Hi", punct=".")))
    out.append(repr(operator.itemgetter))
    try:
        itemgetter(5)([1])
    except IndexError as e:
        out.append("IndexError: " + str(e))
    try:
        attrgetter("nope")(users[0])
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    try:
        itemgetter()
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        attrgetter(1)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return repr(out)
