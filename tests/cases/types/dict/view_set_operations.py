a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.items() | b.items()))
print(a.keys() & ["x", "q"], a.keys() | {"q"} == {"x", "y", "z", "q"}, a.keys() - "xy", a.keys().isdisjoint({"q"}), a.keys().isdisjoint(b))
print(a.keys() <= {"x", "y", "z", "w"}, a.keys() < a.keys(), a.keys() >= {"x"}, {"x", "y"} < a.keys())
print(type(a.keys() & b.keys()).__name__, type(a.items() | b.items()).__name__)
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
try:
    a.keys() & 5
except TypeError as e:
    print(e)
print(sorted({"k": [1]}.items() | {("j", 2)}) if False else "-")
try:
    {"k": [1]}.items() | {("j", 2)}
except TypeError as e:
    print(e)
