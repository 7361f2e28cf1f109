class A:
    def __abs__(self):
        return "abs!"
print(abs(-5), abs(5.5), abs(-0.0), abs(3 - 4j), abs(True), abs(A()), abs(-(10 ** 30)))
for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(e)
print(all([]), all([1, 2]), all([1, 0]), all(iter([True, []])), any([]), any([0, "", None]), any([0, 3]), any("ab"), all("") )
def gen():
    yield 1
    yield 0
    print("not reached")
print(all(gen()), any(x > 2 for x in [1, 5, 0]))
try:
    all(5)
except TypeError as e:
    print(e)
