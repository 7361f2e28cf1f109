def v(name, val):
    print("eval", name)
    return val


print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 3) < v("b", 2) < v("c", 1))
print(v("a", 1) == v("b", 1) != v("c", 2) is not v("d", None))
x = 5
print(1 < x <= 5, 1 < x < 5, x == 5 == 5.0)
print(1 < 2 in [2], (1 < 2) in [True])
