import dis
import re


def f(a, b=1, *rest, key=None):
    c = a + b
    if c > 3 and key is not None:
        return [x for x in rest]
    while c:
        c -= 1
    return c


for ins in dis.get_instructions(f):
    argval = re.sub(r"0x[0-9a-f]+", "0x...", repr(ins.argval))
    argrepr = re.sub(r"0x[0-9a-f]+", "0x...", repr(ins.argrepr))
    print(ins.opname, ins.opcode, ins.arg, argval, argrepr, ins.offset,
          ins.starts_line, ins.is_jump_target, tuple(ins.positions))

print([i.starts_line for i in dis.get_instructions(f, first_line=100) if i.starts_line])
first = next(dis.get_instructions(f))
print(type(first).__name__, first._fields)
print(first.positions.lineno - f.__code__.co_firstlineno, first.positions._fields)
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
bc = dis.Bytecode(f)
print(repr(bc).startswith("Bytecode(<function f"), [i.opname for i in bc][:8])
print([i.is_jump_target for i in bc] == [i.is_jump_target for i in dis.get_instructions(f)])
print(bc.dis() == "".join(dis.Bytecode(f).dis()))
print(bc.info() == dis.code_info(f))
print(bc.first_line == f.__code__.co_firstlineno, bc.codeobj is f.__code__)
lines = dis.Bytecode(f, first_line=1).dis().splitlines()
print(lines[0])
print(lines[2])
