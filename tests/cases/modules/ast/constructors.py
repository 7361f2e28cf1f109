# Building nodes by hand: positional and keyword arguments, errors, __reduce__ and copies.
import ast
import copy
import pickle

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, n.__dict__.keys())
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=n, lineno=1)
print(ast.dump(b), b.lineno)
r = ast.Return()
print(r.value, r.__dict__, hasattr(r, "lineno"))
x = ast.Name(id="y", extra=3)
print(x.extra, ast.dump(x))
for args in [("a", ast.Load(), 3), (1,)]:
    try:
        (ast.Name if len(args) == 3 else ast.Load)(*args)
    except TypeError as e:
        print("TypeError:", e)
print(n.__reduce__()[0] is ast.Name, n.__reduce__()[1])
c = copy.deepcopy(b)
print(ast.dump(c), c is not b, c.right is not n)
p = pickle.loads(pickle.dumps(b))
print(ast.dump(p))
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError:", e)
