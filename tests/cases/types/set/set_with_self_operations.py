s = {1, 2, 3}
print(s | s, s & s, s - s, s ^ s, s <= s, s < s)
t = set(s)
t.difference_update(t)
print(t)
t = set(s)
t.symmetric_difference_update(t)
print(t)
t = set(s)
t.intersection_update(t)
t.update(t)
print(t)
t |= t
t &= t
print(t)
t -= t
print(t)
