x = 1.0
for i in range(25):
    print(repr(x), repr(-x / 7))
    x *= 13.7
y = 1.0
for i in range(12):
    print(repr(y))
    y /= 29.3
