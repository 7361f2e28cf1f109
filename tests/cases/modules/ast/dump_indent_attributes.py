# ast.dump with indent (number or string) and include_attributes (UTF-8 byte columns).
import ast

tree = ast.parse("def f(x):\n    return 'é' + x  # c\n\nclass C: pass\n")
print(ast.dump(tree, indent=2))
print(ast.dump(tree, include_attributes=True, indent="\t"))
print(ast.dump(ast.parse("s = 'ü€'; t = x"), include_attributes=True))
print(ast.dump(ast.Name("x"), include_attributes=True))
print(ast.dump(ast.Constant(value=1, lineno=3), include_attributes=True))
try:
    ast.dump("x")
except TypeError as e:
    print("TypeError:", e)
