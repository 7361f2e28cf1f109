s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x)
    print("adding existing is fine", s)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.remove(x)
        s.add(x + 100)
except RuntimeError as e:
    print(e)
print(len(s))
