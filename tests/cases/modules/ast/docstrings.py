# get_docstring with and without cleaning, and on nodes that cannot have one.
import ast

src = '''"""Module doc."""

def f():
    """  First line.

        Indented more.
    Back.
    """

class C:
    x = 1

async def g():
    "one line"
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
for node in tree.body:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
try:
    ast.get_docstring(tree.body[1].body[0])
except TypeError as e:
    print("TypeError:", e)
