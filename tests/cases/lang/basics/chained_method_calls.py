text = "  The Quick Brown Fox  "
print(text.strip().lower().replace(" ", "_").split("_"))
print(" ".join(w[::-1] for w in text.split()).title())
result = sorted(set("hello world".replace(" ", "")), key=lambda c: (-"hello world".count(c), c))
print(result)


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self

    def build(self):
        return "-".join(self.parts)


print(Builder().add("a").add("b").add("c").build())
print((1).__add__(2), "abc".upper().lower().capitalize(), [3, 1, 2].copy().__len__())
