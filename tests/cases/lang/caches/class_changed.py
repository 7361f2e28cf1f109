# Attribute sites that see an object whose __class__ changes, and a class whose __bases__ change.
class Cat:
    sound = "meow"

    def speak(self):
        return "cat " + self.sound


class Dog:
    sound = "woof"

    def speak(self):
        return "dog " + self.sound


def speak(o):
    return o.speak(), o.sound


pet = Cat()
out = []
for i in range(4):
    if i == 2:
        pet.__class__ = Dog
    if i == 3:
        pet.__class__ = Cat
    out.append(speak(pet))
print(out)


class P1:
    def who(self):
        return "P1"

    tag = 1


class P2:
    def who(self):
        return "P2"

    tag = 2


class K(P1):
    pass


k = K()
res = []
for i in range(4):
    if i == 2:
        K.__bases__ = (P2,)
    if i == 3:
        K.__bases__ = (P1,)
    res.append((k.who(), k.tag))
print(res)
