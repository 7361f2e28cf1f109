# fix_missing_locations, copy_location and increment_lineno.
import ast

call = ast.Call(func=ast.Name("print", ast.Load()), args=[ast.Constant("hi")], keywords=[])
mod = ast.Module(body=[ast.Expr(call)], type_ignores=[])
ast.fix_missing_locations(mod)
print(ast.dump(mod, include_attributes=True))
exec(compile(mod, "<built>", "exec"))
tree = ast.parse("a\nb + c")
ast.increment_lineno(tree, 5)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in ast.walk(tree) if hasattr(n, "lineno")])
new = ast.copy_location(ast.Name("z", ast.Load()), tree.body[1].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name("w", ast.Load(), lineno=4, col_offset=2)
print(ast.copy_location(ast.Name("v"), partial).__dict__)
