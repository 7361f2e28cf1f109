/**
 * Reads the JSON that scripts/cpython-code-json.py writes (CPython's own code objects) into
 * CodeObjects, so the VM can run bytecode compiled by python3: a cross-check for pyglass's
 * compiler (scripts/run-cpython-bytecode.mjs).
 */
import type { CodeConstant, CodeObject } from "../compiler/code.js";
import { ELLIPSIS } from "../parser/constant.js";
import { PythonSyntaxError } from "../parser/syntax-error.js";
import type { SyntaxErrorKind } from "../parser/syntax-error.js";

type JsonConst =
  | null
  | boolean
  | string
  | { int: string }
  | { float: string }
  | { bytes: string }
  | { complex: [string, string] }
  | { ellipsis: true }
  | { tuple: JsonConst[] }
  | { frozenset: JsonConst[] }
  | { code: JsonCode };

interface JsonCode {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: string;
  co_consts: JsonConst[];
  co_names: string[];
  localsplusNames: string[];
  localsplusKinds: number[];
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: string;
  co_exceptiontable: string;
}

function hex(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function float(repr: string): number {
  if (repr === "inf") return Infinity;
  if (repr === "-inf") return -Infinity;
  if (repr === "nan" || repr === "-nan") return NaN;
  return Number(repr);
}

function constant(c: JsonConst): CodeConstant {
  if (c === null || typeof c === "boolean" || typeof c === "string") return c;
  if ("int" in c) return BigInt(c.int);
  if ("float" in c) return float(c.float);
  if ("bytes" in c) return { kind: "bytes", bytes: hex(c.bytes) };
  if ("complex" in c) return { kind: "complex", real: float(c.complex[0]), imag: float(c.complex[1]) };
  if ("ellipsis" in c) return ELLIPSIS;
  if ("tuple" in c) return { kind: "tuple", items: c.tuple.map(constant) };
  if ("frozenset" in c) return { kind: "frozenset", items: c.frozenset.map(constant) };
  return codeObject(c.code);
}

function codeObject(j: JsonCode): CodeObject {
  return {
    co_argcount: j.co_argcount,
    co_posonlyargcount: j.co_posonlyargcount,
    co_kwonlyargcount: j.co_kwonlyargcount,
    co_stacksize: j.co_stacksize,
    co_flags: j.co_flags,
    co_code: hex(j.co_code),
    co_consts: j.co_consts.map(constant),
    co_names: j.co_names,
    localsplusNames: j.localsplusNames,
    localsplusKinds: Uint8Array.from(j.localsplusKinds),
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_qualname: j.co_qualname,
    co_firstlineno: j.co_firstlineno,
    co_linetable: hex(j.co_linetable),
    co_exceptiontable: hex(j.co_exceptiontable),
  };
}

interface JsonSyntaxError {
  type: string;
  msg: string;
  filename: string;
  lineno: number;
  offset: number | null;
  text: string | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** The code object in the script's output, or throws the SyntaxError python3 reported. */
export function codeFromJson(text: string): CodeObject {
  const j = JSON.parse(text) as { code?: JsonCode; syntaxError?: JsonSyntaxError };
  if (j.syntaxError) {
    const e = j.syntaxError;
    throw new PythonSyntaxError(
      e.type as SyntaxErrorKind,
      e.msg,
      e.filename,
      e.lineno,
      e.offset ?? 0,
      e.text,
      e.end_lineno,
      e.end_offset,
    );
  }
  return codeObject(j.code!);
}
