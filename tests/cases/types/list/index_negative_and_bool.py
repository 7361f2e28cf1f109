a = ["x", "y", "z"]
print(a[-1], a[-3], a[True], a[False], a[-True])
print(a[1:-1], a[-2:-1], a[-1:-2], a[:-5])
a[-1] = "Z"
del a[-3]
print(a)
