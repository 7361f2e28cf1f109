#!/usr/bin/env python3
"""Print CPython's AST of a source file as JSON, in pyglass's node shape.

Usage: cpython-ast-json.py [--mode exec|eval|single] FILE...

Each node becomes an object with "_type" (the class name), its fields in CPython's `_fields`
order and, for nodes that have them, lineno / col_offset / end_lineno / end_col_offset.
Constants follow src/parser/constant.ts: None, bools and str are plain JSON; the others are
tagged so the reader can rebuild them exactly:
    int      {"int": "123"}          (decimal digits, so it becomes a bigint)
    float    {"float": "1.5"}        (repr, which round-trips; also "inf", "-inf", "nan")
    complex  {"complex": ["0.0", "2.0"]}
    bytes    {"bytes": "68656c6c6f"} (hex)
    Ellipsis {"ellipsis": true}
With several files the output is one JSON object per line, in order. A file that does not
parse prints {"error": {"msg", "lineno", "offset", ...}} instead.

pyglass's compiler tests use this as a bridge to CPython's parser and as a cross-check of
pyglass's own parser.
"""

import ast
import json
import sys

POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def encode_float(x):
    return {"float": repr(x)}


def encode_constant(value):
    if value is None or value is True or value is False or isinstance(value, str):
        return value
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return encode_float(value)
    if isinstance(value, complex):
        return {"complex": [repr(value.real), repr(value.imag)]}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if value is Ellipsis:
        return {"ellipsis": True}
    raise TypeError(f"unexpected constant {value!r}")


def encode(node):
    if isinstance(node, list):
        return [encode(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for field in node._fields:
        value = getattr(node, field, None)
        if field == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[field] = encode_constant(value)
        else:
            out[field] = encode(value)
    for attr in POSITIONS:
        if attr in node._attributes:
            out[attr] = getattr(node, attr, None)
    return out


def main(argv):
    mode = "exec"
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--mode":
            mode = argv[i + 1]
            i += 2
            continue
        files.append(argv[i])
        i += 1
    if not files:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for path in files:
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, path, mode)
            result = encode(tree)
        except SyntaxError as e:
            result = {
                "error": {
                    "type": type(e).__name__,
                    "msg": e.msg,
                    "lineno": e.lineno,
                    "offset": e.offset,
                    "end_lineno": e.end_lineno,
                    "end_offset": e.end_offset,
                }
            }
        sys.stdout.write(json.dumps(result, ensure_ascii=True))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
