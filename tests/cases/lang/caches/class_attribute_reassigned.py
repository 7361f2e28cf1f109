# A class attribute read through instances at one site, then reassigned, deleted and shadowed.
class C:
    x = 1


def read(o):
    return o.x


c = C()
out = []
for i in range(6):
    if i == 2:
        C.x = "two"
    if i == 3:
        c.x = "own"
    if i == 4:
        del c.x
        del C.x
    try:
        out.append(read(c))
    except AttributeError as e:
        out.append(str(e))
print(out)


class Base:
    y = "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaf = Leaf()
seen = []
for i in range(5):
    if i == 1:
        Mid.y = "mid"
    if i == 2:
        Leaf.y = "leaf"
    if i == 3:
        del Leaf.y
        del Mid.y
    if i == 4:
        Base.y = "base again"
    seen.append(leaf.y)
print(seen)
