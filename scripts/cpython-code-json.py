"""Compiles a Python file with python3 and prints its code objects as JSON in pyglass's
CodeObject shape (src/compiler/code.ts), so the VM can run CPython's own bytecode: a
cross-check for pyglass's compiler.

usage: python3 scripts/cpython-code-json.py FILE [--mode exec|eval|single] [--filename NAME]

Encoding of constants (decoded by src/vm/code-json.ts):
  null, true, false              None, True, False
  {"int": "123"}                 int (decimal string, so any size survives JSON)
  {"float": "1.5"}               float (repr, so inf/nan/-0.0 survive)
  "text"                         str (json escapes lone surrogates as \\udXXX)
  {"bytes": "68656c6c6f"}        bytes (hex)
  {"complex": ["0.0", "1.0"]}    complex (real, imag as float reprs)
  {"ellipsis": true}             Ellipsis
  {"tuple": [...]}, {"frozenset": [...]}
  {"code": {...}}                nested code object
"""

import json
import sys
import types

CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80


def localsplus(co):
    """Rebuilds 3.11's localsplus names and kinds from the derived co_* tuples."""
    names, kinds = [], []
    cells = set(co.co_cellvars)
    for name in co.co_varnames:
        names.append(name)
        kinds.append(CO_FAST_LOCAL | (CO_FAST_CELL if name in cells else 0))
    for name in co.co_cellvars:
        if name not in co.co_varnames:
            names.append(name)
            kinds.append(CO_FAST_CELL)
    for name in co.co_freevars:
        names.append(name)
        kinds.append(CO_FAST_FREE)
    return names, kinds


def const(value):
    if value is None or value is True or value is False:
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if isinstance(value, complex):
        return {"complex": [repr(value.real), repr(value.imag)]}
    if value is Ellipsis:
        return {"ellipsis": True}
    if isinstance(value, tuple):
        return {"tuple": [const(v) for v in value]}
    if isinstance(value, frozenset):
        return {"frozenset": [const(v) for v in value]}
    if isinstance(value, types.CodeType):
        return {"code": code(value)}
    raise TypeError(f"unexpected constant {value!r}")


def code(co):
    names, kinds = localsplus(co)
    return {
        "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_code": co.co_code.hex(),
        "co_consts": [const(c) for c in co.co_consts],
        "co_names": list(co.co_names),
        "localsplusNames": names,
        "localsplusKinds": kinds,
        "co_filename": co.co_filename,
        "co_name": co.co_name,
        "co_qualname": co.co_qualname,
        "co_firstlineno": co.co_firstlineno,
        "co_linetable": co.co_linetable.hex(),
        "co_exceptiontable": co.co_exceptiontable.hex(),
    }


def main(argv):
    path = None
    mode = "exec"
    filename = None
    i = 0
    while i < len(argv):
        if argv[i] == "--mode":
            mode = argv[i + 1]
            i += 2
        elif argv[i] == "--filename":
            filename = argv[i + 1]
            i += 2
        else:
            path = argv[i]
            i += 1
    if path is None:
        print(__doc__, file=sys.stderr)
        return 2
    source = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    try:
        co = compile(source, filename or path, mode, dont_inherit=True)
    except SyntaxError as e:
        out = {
            "syntaxError": {
                "type": type(e).__name__,
                "msg": e.msg,
                "filename": e.filename,
                "lineno": e.lineno,
                "offset": e.offset,
                "text": e.text,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
            }
        }
        json.dump(out, sys.stdout)
        return 0
    json.dump({"code": code(co)}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
