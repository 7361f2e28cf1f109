import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3), op.pos(-3), op.abs(-2), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.contains([1], 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem([1, 2], 1), op.index(5), op.length_hint([1, 2]), op.length_hint(iter([]), 7), op.matmul.__name__)
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.imul("ab", 2))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
