/**
 * The bridge to CPython's parser: runs scripts/cpython-ast-json.py under python3 and turns its
 * JSON into pyglass AST nodes (same shape; tagged constants become bigint, floats, bytes, …).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type * as ast from "../../../src/parser/ast.generated.js";
import type { ConstantValue } from "../../../src/parser/constant.js";
import { ELLIPSIS } from "../../../src/parser/constant.js";

export const PYTHON = process.env.PYGLASS_PYTHON ?? "python3";

function parseFloat(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function decodeConstant(v: Json): ConstantValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "object" && !Array.isArray(v)) {
    if ("int" in v) return BigInt(v.int as string);
    if ("float" in v) return parseFloat(v.float as string);
    if ("complex" in v) {
      const [re, im] = v.complex as string[];
      return { kind: "complex", real: parseFloat(re!), imag: parseFloat(im!) };
    }
    if ("bytes" in v) {
      const hex = v.bytes as string;
      const bytes = new Uint8Array(hex.length / 2);
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
      return { kind: "bytes", bytes };
    }
    if ("ellipsis" in v) return ELLIPSIS;
  }
  throw new Error(`unexpected constant encoding ${JSON.stringify(v)}`);
}

function decode(v: Json): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === "value" && (v._type === "Constant" || v._type === "MatchSingleton")) out[k] = decodeConstant(x);
    else out[k] = decode(x);
  }
  return out;
}

export interface BridgeError {
  readonly error: { msg: string; lineno: number; offset: number };
}

/** CPython's AST of each file, in order (or the SyntaxError CPython's parser reported). */
export function cpythonAsts(files: readonly string[], mode = "exec"): (ast.mod | BridgeError)[] {
  const script = join(process.cwd(), "scripts", "cpython-ast-json.py");
  const out = execFileSync(PYTHON, [script, "--mode", mode, ...files], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return out
    .trim()
    .split("\n")
    .map((line) => {
      const json = JSON.parse(line) as Json;
      if (json !== null && typeof json === "object" && !Array.isArray(json) && "error" in json) {
        return json as unknown as BridgeError;
      }
      return decode(json) as ast.mod;
    });
}

export function cpythonAst(file: string, mode = "exec"): ast.mod {
  const [result] = cpythonAsts([file], mode);
  if (result === undefined || "error" in result) throw new Error(`python3 could not parse ${file}`);
  return result;
}
