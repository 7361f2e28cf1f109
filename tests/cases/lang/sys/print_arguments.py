import sys

print()
print("")
print(None, True, 1.0, [1], (2,), {3: 4}, {5})
print("sep", "test", sep=None)
print("end", end=None)
print("flush", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
print("done", file=None)
