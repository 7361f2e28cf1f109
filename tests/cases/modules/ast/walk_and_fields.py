# walk (breadth first), iter_fields, iter_child_nodes, get_source_segment.
import ast

src = "def f(a, b=2):\n    return a * (b + 1)\nx = f(1)\n"
tree = ast.parse(src)
print([type(n).__name__ for n in ast.walk(tree)])
fn = tree.body[0]
print([name for name, _ in ast.iter_fields(fn)])
print([type(n).__name__ for n in ast.iter_child_nodes(fn)])
for node in ast.walk(tree):
    if isinstance(node, (ast.BinOp, ast.Call)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, fn, padded=True)))
print(repr(ast.get_source_segment("x = 'é' + yy", ast.parse("x = 'é' + yy").body[0].value.right)))
print(repr(ast.get_source_segment(src, ast.Name("q"))))
