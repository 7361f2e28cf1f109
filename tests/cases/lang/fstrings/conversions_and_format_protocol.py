class Thing:
    def __str__(self):
        return "str-of-thing"

    def __repr__(self):
        return "Thing()"

    def __format__(self, spec):
        return f"format-of-thing[{spec}]"


t = Thing()
print(f"{t}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t:spec}")
print(f"{t!s:>15}|")
print(f"{t!r:*<10}")
print(format(t), format(t, "x"), str.format("{0}|{0!r}|{0:y}", t))
