t = ([1], {"k": 1})
t[0].append(2)
t[1]["j"] = 2
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(e)
print(t)
