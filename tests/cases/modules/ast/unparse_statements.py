# ast.unparse of statements: blocks, definitions, docstrings, imports, try, with, match.
import ast

src = '''
"""Doc."""
import os, sys as system
from ..pkg import a as b, c
@decorator(1)
class A(Base, metaclass=Meta):
    """Class doc."""
    x: int = 1
    def method(self, a, /, b=2, *args, c, d=4, **kw) -> None:
        global g
        if a:
            pass
        elif b:
            return
        else:
            raise ValueError("x") from None
async def g():
    async with a as b, c:
        await x
    async for i in y:
        yield i
for i, j in z:
    continue
else:
    break
while True:
    del a[0], b
try:
    pass
except (E, F) as e:
    pass
except G:
    pass
else:
    pass
finally:
    pass
with open(f) as h:
    assert h, "msg"
match cmd:
    case [1, *rest]:
        pass
    case {"k": v, **kw} if v:
        pass
    case Point(x=0) | None:
        pass
    case str() as s:
        pass
x += 1
y @= 2
'''
print(ast.unparse(ast.parse(src)))
