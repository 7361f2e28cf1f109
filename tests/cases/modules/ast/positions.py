# Positions: line and column (UTF-8 bytes) of nodes, including multi-line ones.
import ast

src = "x = ('é',\n     2)\nif y:\n    z = f'{a}b'\n"
for node in ast.walk(ast.parse(src)):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
