t = (1, 2, 3)
print(t * 2, t * 0, t * -1, 2 * t, t + (), () + t, t[::-1], t[1:], t[5:], t[-2:], (t,) * 2, tuple(reversed(t)))
a = t
a += (4,)
print(a, t, a is t)
b = t
b *= 2
print(b, t)
print(len(t * 1000), (t * 1000).count(2))
