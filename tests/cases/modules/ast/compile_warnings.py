# compile() of a tree reports the compiler's SyntaxWarnings as compile() of source does.
import ast
t = ast.parse("x is 1")
code = compile(t, "tree.py", "exec")
print("done")
