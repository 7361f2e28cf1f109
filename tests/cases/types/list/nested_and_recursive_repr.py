a = [1]
b = [a, a]
a.append(b)
print(a)
print(b)
c = []
c.append(c)
c.append([c])
print(c, len(repr(c)))
t = ([],)
t[0].append(t)
print(t)
