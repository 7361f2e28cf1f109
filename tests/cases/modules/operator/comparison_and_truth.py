import operator as op
pairs = [(1, 2), (2, 2), ("a", "b"), ([1], [1]), ((1, 2), (1,))]
for a, b in pairs:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.truth(0), op.truth("x"), op.not_([]), op.is_(1, 1), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf([3, 4], 4))
try:
    op.lt(1, "a")
except TypeError as e:
    print(e)
try:
    op.indexOf([1], 2)
except ValueError as e:
    print(e)
