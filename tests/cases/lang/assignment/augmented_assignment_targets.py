x = 10
x += 5
x -= 3
x *= 2
x /= 4
print(x)
n = 17
n //= 5
n **= 3
n %= 10
print(n)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 2
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", 0)
d["new"] -= 1
print(d)


class C:
    v = 1


c = C()
c.v += 1
print(c.v, C.v)
s = "ab"
s += "cd"
s *= 2
print(s)
