"""The bytecode's opcode tables (the interface of 3.11's opcode module), read from the
interpreter's own opcode table through _pyglass_dis."""

from _pyglass_dis import (
    opname, cmp_op, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree,
    hasnargs, HAVE_ARGUMENT, EXTENDED_ARG, stack_effect, _inline_cache_entries, _nb_ops,
)

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

# Names by number; the numbers CPython leaves unassigned are named "<n>" and are not in opmap.
opmap = {name: op for op, name in enumerate(opname) if not name.startswith("<")}
