/**
 * Constants as the compiler handles them: the AST's constant values plus the tuples and
 * frozensets that constant folding builds. Also the identity of a constant in co_consts, which
 * follows _PyCode_ConstantKey in Objects/codeobject.c: values of different types never merge
 * (1, 1.0 and True are three constants), 0.0 and -0.0 differ, tuples compare item by item.
 */
import type { ConstantValue } from "../parser/constant.js";
import type { CodeConstant, CodeObject, ConstantFrozenset, ConstantTuple } from "./code.js";

/** A constant an AST Constant node can hold once folded. */
export type PyConst = ConstantValue | ConstantTuple | ConstantFrozenset;

export function tuple(items: readonly CodeConstant[]): ConstantTuple {
  return { kind: "tuple", items };
}

export function frozenset(items: readonly CodeConstant[]): ConstantFrozenset {
  // A frozenset keeps one of each equal item, the first seen (set_add_entry).
  const seen = new Set<string>();
  const unique: CodeConstant[] = [];
  for (const item of items) {
    const k = equalityKey(item);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(item);
  }
  return { kind: "frozenset", items: unique };
}

export function isTuple(v: CodeConstant): v is ConstantTuple {
  return typeof v === "object" && v !== null && "kind" in v && v.kind === "tuple";
}

export function isFrozenset(v: CodeConstant): v is ConstantFrozenset {
  return typeof v === "object" && v !== null && "kind" in v && v.kind === "frozenset";
}

let nextNanId = 1;
const codeKeys = new WeakMap<CodeObject, string>();
const floatView = new DataView(new ArrayBuffer(8));

function floatBits(x: number): string {
  floatView.setFloat64(0, x);
  return floatView.getBigUint64(0).toString(16);
}

function hexBytes(b: Uint8Array): string {
  let out = "";
  for (const x of b) out += (x < 16 ? "0" : "") + x.toString(16);
  return out;
}

/**
 * Code objects are constants that compare by value (code_richcompare in Objects/codeobject.c:
 * name, argument counts, flags, first line, code, constants, names, locals, line and exception
 * tables; not the filename or qualname), so compiling the same lambda or genexp twice, as a
 * `while` test is compiled twice, yields one constant.
 */
function codeKey(c: CodeObject): string {
  let key = codeKeys.get(c);
  if (key === undefined) {
    key =
      `C(${JSON.stringify(c.co_name)},${c.co_argcount},${c.co_posonlyargcount},${c.co_kwonlyargcount},` +
      `${c.co_flags},${c.co_firstlineno},${hexBytes(c.co_code)},(${c.co_consts.map(constantKey).join(",")}),` +
      `${JSON.stringify(c.co_names)},${JSON.stringify(c.localsplusNames)},${hexBytes(c.co_linetable)},` +
      `${hexBytes(c.co_exceptiontable)})`;
    codeKeys.set(c, key);
  }
  return key;
}

/**
 * The co_consts identity of a constant (_PyCode_ConstantKey): equal keys share one slot. Each
 * part is self-delimiting, so tuples and frozensets concatenate their items' keys.
 */
export function constantKey(v: CodeConstant): string {
  if (v === null) return "N";
  if (typeof v === "boolean") return v ? "T" : "F";
  if (typeof v === "bigint") return `i${v}`;
  if (typeof v === "number") {
    // NaN never equals itself: every NaN constant is its own entry.
    if (Number.isNaN(v)) return `nan${nextNanId++}`;
    return `f${floatBits(v)}`;
  }
  if (typeof v === "string") return `s${JSON.stringify(v)}`;
  if ("co_code" in v) return codeKey(v);
  switch (v.kind) {
    case "bytes":
      return `b${hexBytes(v.bytes)}.`;
    case "complex":
      return Number.isNaN(v.real) || Number.isNaN(v.imag)
        ? `nan${nextNanId++}`
        : `c${floatBits(v.real)},${floatBits(v.imag)}`;
    case "ellipsis":
      return "E";
    case "str":
      return `S${v.codePoints.join(",")}.`;
    case "tuple":
      return `(${v.items.map(constantKey).join(",")})`;
    case "frozenset":
      return `{${v.items.map(constantKey).sort().join(",")}}`;
  }
}

/**
 * Python equality of hashable constants, as a set or dict sees it: 1 == 1.0 == True, but a str
 * never equals bytes. Used to deduplicate frozenset items and mapping-pattern keys.
 */
export function equalityKey(v: CodeConstant): string {
  if (typeof v === "boolean") return equalityKey(v ? 1n : 0n);
  if (typeof v === "number") {
    if (Number.isInteger(v)) return `i${BigInt(v)}`;
    if (Number.isNaN(v)) return constantKey(v);
    return `f${floatBits(v)}`;
  }
  if (typeof v === "object" && v !== null && !("co_code" in v)) {
    if (v.kind === "complex" && v.imag === 0) return equalityKey(v.real);
    if (v.kind === "tuple") return `(${v.items.map(equalityKey).join(",")})`;
    if (v.kind === "frozenset") return `{${v.items.map(equalityKey).sort().join(",")}}`;
  }
  return constantKey(v);
}
