# ast.parse reports syntax errors as compile() does, with the file name given.
import ast

for src in ["def f(:", "x = (1,", "return 1 +", "a = 1\n  b = 2"]:
    try:
        ast.parse(src, "bad.py")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
print(ast.dump(ast.parse("return 1")))
print(ast.dump(ast.parse("await x")))
