# How a list was made decides its allocation: literals, comprehensions, list(), extend, insert,
# pop, remove and clear.
import sys

g = sys.getsizeof
print(g([]), g([1]), g([1, 2]), g([1, 2, 3]), g([1, 2, 3, 4, 5]))
print(g([i for i in range(10)]), g(list(range(10))), g([*range(10)]), g([0] * 10))
print(g(list((1, 2, 3))), g(list([1, 2, 3, 4, 5])), g(list("abcdefg")), g(list({1: 2, 3: 4, 5: 6})))
print(g(list(x for x in range(3))), g(list(x for x in range(20))), g([1, 2, 3][:2]))
l = [1, 2, 3]
l.extend([4, 5])
print(g(l))
l += [6]
print(g(l))
l.insert(0, 0)
print(g(l))
l = list(range(100))
for i in range(90):
    l.pop()
print(len(l), g(l))
l.remove(3)
print(len(l), g(l))
l.clear()
print(g(l))
l.append(1)
print(g(l))
