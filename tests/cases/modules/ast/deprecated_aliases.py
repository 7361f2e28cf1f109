# The pre-3.8 node classes kept as aliases: Num, Str, Bytes, NameConstant, Ellipsis, Index, ExtSlice.
import ast
print(type(ast.Num(5)).__name__, ast.dump(ast.Num(5)), ast.dump(ast.Str(s='x', lineno=1)), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('a'), ast.Str), isinstance(ast.Constant(b''), ast.Bytes), isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Num(1), ast.Constant))
print(ast.Num._fields, ast.Str._fields, ast.Bytes._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
c = ast.Constant(3); print(c.n, c.s); c.n = 4; print(c.value)
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('x')])), ast.Param.__mro__, ast.Suite.__mro__, ast.AugLoad.__mro__, ast.Index.__mro__, ast.Num.__mro__)
print(type(ast.Num), repr(ast.Num), ast.Num.__module__)
class N(ast.Num): pass
print(type(N(1)).__name__)
print(isinstance(ast.parse("1").body[0].value, ast.Num), ast.Num.__doc__)
