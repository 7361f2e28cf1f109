r = range(3, 30, 4)
print(r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 3.0 in r, 7.5 in r, "a" in r, r.index(27), r.count(True))
for f in [lambda: r.index(8), lambda: r.index("a"), lambda: range(5).index(5)]:
    try:
        print(f())
    except ValueError as e:
        print(e)
class Eq:
    def __eq__(self, o):
        return o == 11
print(Eq() in r, r.count(Eq()), r.index(Eq()))
