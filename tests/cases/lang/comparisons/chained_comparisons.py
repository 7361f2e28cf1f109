calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
n = 5
print(1 < 2 > 0 != 5 == n is not None)
print(1 == 1.0 == True, "a" < "b" < "c" <= "c")
x = [1, 2]
print(1 in x in [[1, 2]], 3 not in x)
print((1 < 2) < 3, 1 < (2 < 3))
