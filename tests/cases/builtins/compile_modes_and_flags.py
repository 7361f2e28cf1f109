import ast
tree = compile("a = 1 + 2", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
code = compile(tree, "<from-ast>", "exec")
ns = {}
exec(code, ns)
print(ns["a"])
e = compile("x * 2", "<e>", "eval")
print(e.co_names, eval(e, {"x": 21}), e.co_filename)
print(compile("pass", "f", "exec").co_name, compile("1", "f", "eval").co_consts)
try:
    compile("def f(:", "bad.py", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset)
try:
    compile("a", "f", "exec", dont_inherit=True, optimize=5)
except ValueError as err:
    print(err)
