# NodeVisitor and NodeTransformer: dispatch, generic_visit, removing and replacing nodes.
import ast

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.seen.append(("def", node.name))
        self.generic_visit(node)

v = Names()
v.visit(ast.parse("x = y + 1\ndef f(a):\n    return a or z\n"))
print(v.seen)

class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            return ast.copy_location(ast.Constant(value), node)
        return node

    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.copy_location(ast.Expr(ast.Constant("after")), node)]

tree = Fold().visit(ast.parse("x = 2 * 3 + 4\npass\nprint(x, 1 + 1)\n"))
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
exec(compile(tree, "<fold>", "exec"))
