y = "module y"


class C:
    y = "class y"
    z = y + "!"

    def method(self):
        return y

    def other(self):
        try:
            return z
        except NameError as e:
            return "NameError: " + str(e)


c = C()
print(C.z)
print(c.method())
print(c.other())
print(C.y)
