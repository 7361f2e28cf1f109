/**
 * Python's operators on constants, for the AST optimizer's constant folding. Each function
 * returns the result CPython computes, or `undefined` where CPython raises (the optimizer then
 * leaves the expression alone, as make_const in Python/ast_opt.c does when the operation fails).
 * Semantics follow Objects/longobject.c, floatobject.c, complexobject.c and the sequence types.
 */
import type { ComplexConstant } from "../parser/constant.js";
import type { CodeConstant } from "./code.js";
import type { PyConst } from "./const-value.js";
import { isTuple, tuple } from "./const-value.js";
import { powPositive } from "./float-pow.js";
import * as libm from "../modules/math/libm/index.js";

type Int = bigint | boolean;

function isInt(v: PyConst): v is Int {
  return typeof v === "bigint" || typeof v === "boolean";
}

function big(v: Int): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : v;
}

function isStr(v: PyConst): v is string {
  return typeof v === "string";
}

function isBytes(v: PyConst): v is { kind: "bytes"; bytes: Uint8Array } {
  return typeof v === "object" && v !== null && "kind" in v && v.kind === "bytes";
}

function isComplex(v: PyConst): v is ComplexConstant {
  return typeof v === "object" && v !== null && "kind" in v && v.kind === "complex";
}

function complex(real: number, imag: number): ComplexConstant {
  return { kind: "complex", real, imag };
}

/** int → float, or undefined when it overflows (PyLong_AsDouble raises OverflowError). */
function intToFloat(v: Int): number | undefined {
  const x = Number(big(v));
  return Number.isFinite(x) ? x : undefined;
}

/** A real number operand as a float, or undefined. */
function asFloat(v: PyConst): number | undefined {
  if (typeof v === "number") return v;
  if (isInt(v)) return intToFloat(v);
  return undefined;
}

function asComplex(v: PyConst): ComplexConstant | undefined {
  if (isComplex(v)) return v;
  const f = asFloat(v);
  return f === undefined ? undefined : complex(f, 0);
}

/** Length in code points, as len(str). */
export function strLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Truth value (PyObject_IsTrue). */
export function isTrue(v: CodeConstant): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if ("co_code" in v) return true;
  switch (v.kind) {
    case "bytes":
      return v.bytes.length > 0;
    case "complex":
      return v.real !== 0 || v.imag !== 0;
    case "ellipsis":
    case "str":
      return true;
    case "tuple":
    case "frozenset":
      return v.items.length > 0;
  }
}

export type UnaryOpName = "Invert" | "Not" | "UAdd" | "USub";

export function unaryOp(op: UnaryOpName, v: PyConst): PyConst | undefined {
  switch (op) {
    case "Not":
      return !isTrue(v);
    case "Invert":
      return isInt(v) ? -big(v) - 1n : undefined;
    case "UAdd":
      if (isInt(v)) return big(v);
      if (typeof v === "number" || isComplex(v)) return v;
      return undefined;
    case "USub":
      if (isInt(v)) return -big(v);
      if (typeof v === "number") return -v;
      if (isComplex(v)) return complex(-v.real, -v.imag);
      return undefined;
  }
}

export type BinOpName =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Floor division and modulo of ints (long_divmod): the quotient rounds toward minus infinity. */
function intDivmod(a: bigint, b: bigint): [bigint, bigint] | undefined {
  if (b === 0n) return undefined;
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** _float_div_mod in Objects/floatobject.c. */
function floatDivmod(vx: number, wx: number): [number, number] | undefined {
  if (wx === 0) return undefined;
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = Math.sign(wx) < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Number of bits of |v| (_PyLong_NumBits). */
function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** A correctly rounded a / b for ints (long_true_divide). */
function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const limit = 1n << 53n;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  if (abs(a) <= limit && abs(b) <= limit) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  let n = abs(a);
  const d = abs(b);
  if (n === 0n) return negative ? -0 : 0;
  // Scale so the quotient has at least 55 significant bits, then round half to even once.
  const shift = 55 - (numBits(n) - numBits(d));
  if (shift > 0) n <<= BigInt(shift);
  let scaledD = d;
  if (shift < 0) scaledD <<= BigInt(-shift);
  const q = n / scaledD;
  const sticky = n % scaledD !== 0n;
  const extra = numBits(q) - 53;
  let mantissa = q >> BigInt(extra);
  const rest = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  if (rest > half || (rest === half && (sticky || (mantissa & 1n) === 1n))) mantissa += 1n;
  const exponent = extra - shift;
  const result = Number(mantissa) * 2 ** exponent;
  if (!Number.isFinite(result)) return undefined;
  return negative ? -result : result;
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** float_pow in Objects/floatobject.c; a negative base with a fractional power goes complex. */
function floatPow(iv: number, iw: number): PyConst | undefined {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (iw > 0 === a > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) return undefined;
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPow(complex(iv, 0), complex(iw, 0));
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = powPositive(iv, iw);
  if (!Number.isFinite(ix)) return undefined;
  return negate ? -ix : ix;
}

/** _Py_c_quot */
function complexQuot(a: ComplexConstant, b: ComplexConstant): ComplexConstant | undefined {
  const absBr = Math.abs(b.real);
  const absBi = Math.abs(b.imag);
  if (absBr >= absBi) {
    if (absBr === 0.0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBi >= absBr) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return complex(NaN, NaN);
}

function complexMul(a: ComplexConstant, b: ComplexConstant): ComplexConstant {
  return complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/** _Py_c_pow, with c_powi for small integral exponents as complex_pow does. */
function complexPow(a: ComplexConstant, b: ComplexConstant): ComplexConstant | undefined {
  if (b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100) {
    const n = b.real;
    if (n > 0) return complexPowu(a, n);
    const p = complexPowu(a, -n);
    return complexQuot(complex(1, 0), p);
  }
  if (b.real === 0 && b.imag === 0) return complex(1, 0);
  if (a.real === 0 && a.imag === 0) {
    if (b.imag !== 0 || b.real < 0) return undefined;
    return complex(0, 0);
  }
  const vabs = libm.hypot(a.real, a.imag);
  let len = libm.pow(vabs, b.real);
  const at = libm.atan2(a.imag, a.real);
  let phase = at * b.real;
  if (b.imag !== 0) {
    len /= libm.exp(at * b.imag);
    phase += b.imag * libm.log(vabs);
  }
  const r = complex(len * libm.cos(phase), len * libm.sin(phase));
  if (!Number.isFinite(r.real) || !Number.isFinite(r.imag)) return undefined;
  return r;
}

function complexPowu(x: ComplexConstant, n: number): ComplexConstant {
  let r = complex(1, 0);
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

function complexBinOp(op: BinOpName, a: ComplexConstant, b: ComplexConstant): PyConst | undefined {
  switch (op) {
    case "Add":
      return complex(a.real + b.real, a.imag + b.imag);
    case "Sub":
      return complex(a.real - b.real, a.imag - b.imag);
    case "Mult":
      return complexMul(a, b);
    case "Div":
      return complexQuot(a, b);
    case "Pow":
      return complexPow(a, b);
    default:
      return undefined;
  }
}

function floatBinOp(op: BinOpName, a: number, b: number): PyConst | undefined {
  switch (op) {
    case "Add":
      return a + b;
    case "Sub":
      return a - b;
    case "Mult":
      return a * b;
    case "Div":
      return b === 0 ? undefined : a / b;
    case "FloorDiv":
      return floatDivmod(a, b)?.[0];
    case "Mod":
      return floatDivmod(a, b)?.[1];
    case "Pow":
      return floatPow(a, b);
    default:
      return undefined;
  }
}

function intBinOp(op: BinOpName, x: Int, y: Int): PyConst | undefined {
  const a = big(x);
  const b = big(y);
  switch (op) {
    case "Add":
      return a + b;
    case "Sub":
      return a - b;
    case "Mult":
      return a * b;
    case "Div":
      return intTrueDivide(a, b);
    case "FloorDiv":
      return intDivmod(a, b)?.[0];
    case "Mod":
      return intDivmod(a, b)?.[1];
    case "Pow": {
      if (b < 0n) {
        const fa = intToFloat(a);
        const fb = intToFloat(b);
        return fa === undefined || fb === undefined ? undefined : floatPow(fa, fb);
      }
      return a ** b;
    }
    case "LShift":
      return b < 0n ? undefined : a << b;
    case "RShift":
      return b < 0n ? undefined : a >> b;
    case "BitOr":
      return typeof x === "boolean" && typeof y === "boolean" ? x || y : a | b;
    case "BitXor":
      return typeof x === "boolean" && typeof y === "boolean" ? x !== y : a ^ b;
    case "BitAnd":
      return typeof x === "boolean" && typeof y === "boolean" ? x && y : a & b;
    case "MatMult":
      return undefined;
  }
}

function repeat(seq: string | Uint8Array | readonly CodeConstant[], n: bigint): PyConst {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === "string") return seq.repeat(count);
  if (seq instanceof Uint8Array) {
    const out = new Uint8Array(seq.length * count);
    for (let i = 0; i < count; i++) out.set(seq, i * seq.length);
    return { kind: "bytes", bytes: out };
  }
  const items: CodeConstant[] = [];
  for (let i = 0; i < count; i++) items.push(...seq);
  return tuple(items);
}

/**
 * Would a + b put a lone high surrogate next to a lone low one? The result is a str that a JS
 * string cannot hold (src/objects/str-surrogate.ts), so it is left to run time.
 */
function joinsLone(a: string, b: string): boolean {
  return (
    a.length > 0 &&
    b.length > 0 &&
    (a.charCodeAt(a.length - 1) & 0xfc00) === 0xd800 &&
    (b.charCodeAt(0) & 0xfc00) === 0xdc00
  );
}

/** The sequence operations of + and * (concatenation and repetition). */
function sequenceBinOp(op: BinOpName, a: PyConst, b: PyConst): PyConst | undefined {
  if (op === "Add") {
    if (isStr(a) && isStr(b)) return joinsLone(a, b) ? undefined : a + b;
    if (isBytes(a) && isBytes(b)) return { kind: "bytes", bytes: concatBytes(a.bytes, b.bytes) };
    if (isTuple(a) && isTuple(b)) return tuple([...a.items, ...b.items]);
    return undefined;
  }
  if (op === "Mult") {
    const [seq, n] = isInt(a) ? [b, a] : [a, b];
    if (!isInt(n)) return undefined;
    const count = big(n);
    if (isStr(seq)) return joinsLone(seq, seq) ? undefined : repeat(seq, count);
    if (isBytes(seq)) return repeat(seq.bytes, count);
    if (isTuple(seq)) return repeat(seq.items, count);
  }
  return undefined;
}

/** The binary operators on two constants, as PyNumber_* computes them. */
export function binaryOp(op: BinOpName, a: PyConst, b: PyConst): PyConst | undefined {
  if (isInt(a) && isInt(b)) return intBinOp(op, a, b);
  if (isComplex(a) || isComplex(b)) {
    const ca = asComplex(a);
    const cb = asComplex(b);
    return ca === undefined || cb === undefined ? undefined : complexBinOp(op, ca, cb);
  }
  if (typeof a === "number" || typeof b === "number") {
    const fa = asFloat(a);
    const fb = asFloat(b);
    return fa === undefined || fb === undefined ? undefined : floatBinOp(op, fa, fb);
  }
  return sequenceBinOp(op, a, b);
}

/** Code points of a str, as str indexing sees them. */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** value[index] for a constant value and a constant integer index (fold_subscr). */
export function subscript(value: PyConst, index: PyConst): PyConst | undefined {
  if (!isInt(index)) return undefined;
  const i = big(index);
  const at = (length: number): number | undefined => {
    const k = i < 0n ? i + BigInt(length) : i;
    return k < 0n || k >= BigInt(length) ? undefined : Number(k);
  };
  if (isStr(value)) {
    const cps = codePoints(value);
    const k = at(cps.length);
    return k === undefined ? undefined : cps[k];
  }
  if (isBytes(value)) {
    const k = at(value.bytes.length);
    return k === undefined ? undefined : BigInt(value.bytes[k]!);
  }
  if (isTuple(value)) {
    const k = at(value.items.length);
    if (k === undefined) return undefined;
    const item = value.items[k]!;
    return typeof item === "object" && item !== null && "co_code" in item ? undefined : item;
  }
  return undefined;
}

export { numBits };
