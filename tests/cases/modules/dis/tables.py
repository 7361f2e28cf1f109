import dis
import opcode

print(dis.opname[:12])
print(len(dis.opname), len(dis.opmap), dis.opmap["LOAD_CONST"], dis.opmap["CALL"], dis.opmap["RESUME"])
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print("hasconst", dis.hasconst)
print("hasname", dis.hasname)
print("hasjrel", dis.hasjrel)
print("hasjabs", dis.hasjabs)
print("haslocal", dis.haslocal)
print("hasfree", dis.hasfree)
print("hascompare", dis.hascompare)
print("hasnargs", dis.hasnargs)
print(opcode.opmap is dis.opmap, sorted(opcode.opmap.items())[:5])
print(opcode._nb_ops[:3], len(opcode._nb_ops))
print([n for n in opcode._inline_cache_entries if n][:8], sum(opcode._inline_cache_entries))
print(sorted(set(dis.__all__)) == sorted(set(dis.__all__)), "Bytecode" in dis.__all__)

effects = []
for name, op in sorted(dis.opmap.items()):
    if op < dis.HAVE_ARGUMENT:
        effects.append((name, dis.stack_effect(op)))
    else:
        effects.append((name, [dis.stack_effect(op, arg) for arg in (0, 1, 3)],
                        dis.stack_effect(op, 3, jump=True), dis.stack_effect(op, 3, jump=False)))
for e in effects:
    print(*e)
for bad in [(dis.opmap["LOAD_CONST"],), (dis.opmap["POP_TOP"], 1), (3, 0)]:
    try:
        dis.stack_effect(*bad)
    except ValueError as e:
        print("ValueError:", e)
