/**
 * Compares whole code objects with CPython's, field by field: co_code, co_linetable (so every
 * instruction's line and column span), co_exceptiontable, co_stacksize, co_flags, names,
 * locals, cells, frees and constants, recursively through nested code objects.
 */
import { execFileSync } from "node:child_process";
import type { CodeObject } from "../../../src/compiler/code.js";
import { FastKind, isCodeObject } from "../../../src/compiler/code.js";
import { constRepr } from "../../../src/compiler/const-repr.js";
import { PYTHON } from "./cpython-ast.js";

/** A code object as plain data, the same shape from both sides. */
export interface CodeSummary {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: string;
  linetable: string;
  exceptiontable: string;
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  consts: (string | CodeSummary)[];
}

const CPYTHON_CODE = `
import json, sys
def summary(co):
    return dict(
        name=co.co_name, qualname=co.co_qualname, firstlineno=co.co_firstlineno,
        argcount=co.co_argcount, posonlyargcount=co.co_posonlyargcount,
        kwonlyargcount=co.co_kwonlyargcount, stacksize=co.co_stacksize, flags=co.co_flags,
        code=co.co_code.hex(), linetable=co.co_linetable.hex(),
        exceptiontable=co.co_exceptiontable.hex(), names=list(co.co_names),
        varnames=list(co.co_varnames), cellvars=list(co.co_cellvars), freevars=list(co.co_freevars),
        consts=[summary(c) if hasattr(c, "co_code") else repr(c) for c in co.co_consts])
out = []
for path in sys.argv[1:]:
    try:
        out.append(summary(compile(open(path, "rb").read(), path, "exec")))
    except SyntaxError as e:
        out.append(None)
sys.stdout.write(json.dumps(out))
`;

export function cpythonCode(files: readonly string[]): (CodeSummary | null)[] {
  const out = execFileSync(PYTHON, ["-c", CPYTHON_CODE, ...files], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  return JSON.parse(out) as (CodeSummary | null)[];
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

export function summarize(co: CodeObject): CodeSummary {
  const names = co.localsplusNames;
  const kinds = co.localsplusKinds;
  const pick = (want: (k: number) => boolean) => names.filter((_, i) => want(kinds[i]!));
  return {
    name: co.co_name,
    qualname: co.co_qualname,
    firstlineno: co.co_firstlineno,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    code: hex(co.co_code),
    linetable: hex(co.co_linetable),
    exceptiontable: hex(co.co_exceptiontable),
    names: [...co.co_names],
    varnames: pick((k) => (k & FastKind.LOCAL) !== 0),
    cellvars: pick((k) => (k & FastKind.CELL) !== 0),
    freevars: pick((k) => (k & FastKind.FREE) !== 0),
    consts: co.co_consts.map((c) => (isCodeObject(c) ? summarize(c) : constRepr(c))),
  };
}

/** The first difference between two summaries, as a path and both values; null if equal. */
export function firstDifference(a: unknown, b: unknown, path = "code"): string | null {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return a === b ? null : `${path}: python3 ${JSON.stringify(a)}, pyglass ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: shapes differ`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    return `${path}: python3 ${JSON.stringify(a)}, pyglass ${JSON.stringify(b)}`;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of Object.keys(ra)) {
    const sub =
      (ra.name as string | undefined) !== undefined && key === "consts" ? `${path}.${String(ra.name)}` : path;
    const d = firstDifference(ra[key], rb[key], `${sub}.${key}`);
    if (d !== null) return d;
  }
  return null;
}
