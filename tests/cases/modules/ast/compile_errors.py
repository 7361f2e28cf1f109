# compile() of malformed trees: CPython's messages for missing fields and wrong types.
import ast

def t(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

E = lambda value: ast.Expr(value=value, lineno=1, col_offset=0)
N = lambda **kw: ast.Name(lineno=1, col_offset=0, **kw)
t(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()))], type_ignores=[]))
t(ast.Module(body=[E(ast.Name(id="x", ctx=ast.Load()))], type_ignores=[]))
t(ast.Module(body=[E(N(id="x", ctx=ast.Load()))], type_ignores=[]))
t(ast.Module(body=(), type_ignores=[]))
t(ast.Module(body=[]))
t(ast.Module(body=[], type_ignores=[]), "eval")
t(ast.Expression(body=ast.Constant(1)))
t(ast.Module(body=[E(N(id=3, ctx=ast.Load()))], type_ignores=[]))
t(ast.Module(body=[E(N(ctx=ast.Load()))], type_ignores=[]))
t(ast.Module(body=[E(N(id="x", ctx=None))], type_ignores=[]))
t(ast.Module(body=[E(ast.Constant(value=[1], lineno=1, col_offset=0))], type_ignores=[]))
t(ast.Module(body=[E(ast.Constant(value=(1, "a"), lineno=1, col_offset=0))], type_ignores=[]))
t(ast.Module(body=[E(3)], type_ignores=[]))
t(ast.Module(body=[E(None)], type_ignores=[]))
t(ast.Module(body=[E(N(id="x", ctx=ast.Load(), lineno="a"))], type_ignores=[]))
t(ast.Module(body=[E(ast.BinOp(left=ast.Constant(1, lineno=1, col_offset=0), op=ast.Load(),
                                right=ast.Constant(2, lineno=1, col_offset=0), lineno=1,
                                col_offset=0))], type_ignores=[]))
try:
    compile(3, "f", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("x", "f", "func_type")
except ValueError as e:
    print("ValueError:", e)
