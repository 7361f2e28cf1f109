a = [1]
alias = a
a += [2]
a += (3, 4)
a += "ab"
a += range(2)
a += {9: "x"}
a += (x for x in [7])
print(a, alias is a)
for f in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] + None]:
    try:
        f()
    except TypeError as e:
        print(e)
b = [1]
try:
    b += 5
except TypeError as e:
    print(e)
print(b)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(e)
