a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
(*a,) = {"k": 1}.items()
print(a)
first, *_, last = "hello world"
print(first, last)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print(type(b).__name__)
