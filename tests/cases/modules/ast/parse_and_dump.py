# ast.parse and ast.dump of a few constructs, annotated and not.
import ast

for src in ["x = 1", "f(a, *b, k=1, **kw)", "a[1:2, ::3]", "lambda x=1, *, y: x + y",
            "[i for i in range(3) if i]", "del a.b, c[0]", "x: int = 5", "import a.b as c"]:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, annotate_fields=False))
