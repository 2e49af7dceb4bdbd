# Single inheritance: overriding, calling the base through super() and
# through the class, inherited class attributes, isinstance/issubclass.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "animal " + self.name


class Dog(Animal):
    sound = "woof"

    def describe(self):
        return "dog, " + super().describe()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return Dog.describe(self) + " aged " + str(self.age)


def on_client_request():
    p = Puppy("rex", 1)
    a = Animal("generic")
    out = [p.speak(), a.speak(), p.describe(), Dog("fido").describe()]
    out.append([isinstance(p, Animal), isinstance(p, Dog), isinstance(a, Dog)])
    out.append([issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal))])
    out.append([type(p).__name__, p.__class__.__name__, type(p) is Puppy, type(p) is Dog])
    return "\n".join(str(x) for x in out) + "\n"
