import dis
import re


def f(a, /, b, *args, c, d=4, **kw):
    """doc"""
    x = a + b
    def g():
        return x + c
    return g


async def agen():
    yield 1


print(re.sub(r"0x[0-9a-f]+", "0x...", dis.code_info(f)))
dis.show_code(f(1, 2, c=3))
print(dis.code_info("a = 1; b = a"))
print(dis.code_info(agen))
co = f.__code__
print(list(co.co_lines()))
print(list(co.co_positions())[:10])
print(len(list(co.co_positions())) == len(co.co_code) // 2)
print(iter(co.co_lines()) is not None, type(co.co_positions()).__name__ != "list")
