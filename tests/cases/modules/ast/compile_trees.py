# compile() of a Python tree: modes, flags, and running the result.
import ast

tree = compile("a = 1 + 2", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)
ns = {}
exec(compile(tree, "<from-ast>", "exec"), ns)
print(ns["a"])
expr = ast.parse("x * 2", mode="eval")
print(eval(compile(expr, "<e>", "eval"), {"x": 21}))
single = ast.parse("1 + 1", mode="single")
print(type(single).__name__)
exec(compile(single, "<s>", "single"))
tree.body[0].value.right = ast.Constant(40)
ast.fix_missing_locations(tree)
exec(compile(tree, "<changed>", "exec"), ns)
print(ns["a"])
code = compile(ast.parse("def f():\n    return 7\n"), "file.py", "exec")
print(code.co_filename, code.co_names)
ft = ast.parse("(int, str) -> bool", mode="func_type")
print(ast.dump(ft))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.dump(compile(b"y = 'b'", "<bytes>", "exec", ast.PyCF_ONLY_AST)))
