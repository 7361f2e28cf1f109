# compile()'s flags and modes around ASTs: unknown flags, func_type, PyCF_ONLY_AST on trees.
import ast

def e(f):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)

e(lambda: compile("x", "f", "exec", 0x10000000))
e(lambda: compile("x", "f", "exec", 0x10000000, optimize=7))
e(lambda: compile("x", "f", "bogus"))
e(lambda: compile("x", "f", "bogus", ast.PyCF_ONLY_AST))
e(lambda: compile("x", "f", "func_type"))
e(lambda: compile(ast.parse("x"), "f", "eval"))
e(lambda: type(compile(ast.parse("x"), "f", "exec", ast.PyCF_ONLY_AST)).__name__)
e(lambda: ast.dump(compile("(a) -> b", "f", "func_type", ast.PyCF_ONLY_AST)))
e(lambda: ast.dump(ast.parse("x", feature_version=(3, 8))))
e(lambda: ast.parse("x", feature_version=(2, 7)))
e(lambda: compile("from __future__ import annotations\nx: int", "f", "exec", ast.PyCF_ONLY_AST).body[0].names[0].name)
