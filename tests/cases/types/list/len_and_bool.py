print(len([]), len([None] * 7), bool([]), bool([0]), bool([[]]), [] == False, not [])
a = list(range(1000))
del a[::2]
print(len(a), a[:5], a[-1])
print(list.__len__([1, 2]), [1, 2].__sizeof__() > 0)
