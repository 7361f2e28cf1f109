/**
 * Binary and unary operators (Objects/abstract.c: binary_op1, binary_iop1, PyNumber_*): the
 * in-place method first for augmented assignment, then the reflected method of a right operand
 * whose type is a subclass overriding it, then the left operand's method, then the right's;
 * sequence concatenation and repetition errors as CPython words them.
 */
import { joinsLone } from "../str-surrogate.js";
import type { Thread } from "../../vm/thread.js";
import type { PyType, PyValue } from "../core.js";
import { NotImplemented, None, boolType, floatType, intType, listType, typeOf } from "../core.js";
import { typeError } from "../exceptions.js";
import { PyComplex, PyFloat, complexPow, floatFloorDiv, floatMod, floatPow, floatTrueDiv } from "../float.js";
import { PyFunction } from "../function.js";
import { intValue, typeName } from "../helpers.js";
import type { PyInt } from "../int.js";
import {
  intAdd,
  intAnd,
  intFloorDiv,
  intLshift,
  intMod,
  intMul,
  intOr,
  intPow,
  intRshift,
  intSub,
  intToFloat,
  intTrueDiv,
  intXor,
} from "../int.js";
import { PyList } from "../list.js";
import type { Gen } from "../suspend.js";
import { callMethod } from "./call.js";
import { numberMethod, sequenceSlot } from "./sequence-slots.js";

/** Operator indices of BINARY_OP (CPython's NB_*); in-place variants are +13. */
export const NB = {
  ADD: 0,
  AND: 1,
  FLOOR_DIVIDE: 2,
  LSHIFT: 3,
  MATRIX_MULTIPLY: 4,
  MULTIPLY: 5,
  REMAINDER: 6,
  OR: 7,
  POWER: 8,
  RSHIFT: 9,
  SUBTRACT: 10,
  TRUE_DIVIDE: 11,
  XOR: 12,
  INPLACE: 13,
} as const;

const NAMES = [
  "add",
  "and",
  "floordiv",
  "lshift",
  "matmul",
  "mul",
  "mod",
  "or",
  "pow",
  "rshift",
  "sub",
  "truediv",
  "xor",
];
const SYMBOLS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
export const BINARY_DUNDER = NAMES.map((n) => `__${n}__`);
export const REFLECTED_DUNDER = NAMES.map((n) => `__r${n}__`);
export const INPLACE_DUNDER = NAMES.map((n) => `__i${n}__`);

/** An exact int (or bool) operand's value. */
function exactInt(v: PyValue): PyInt | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    default:
      return undefined;
  }
}

/** Integer arithmetic for the operators ints support; undefined for the others. */
export function intBinary(a: PyInt, b: PyInt, op: number): PyValue | undefined {
  switch (op) {
    case NB.ADD:
      return intAdd(a, b);
    case NB.SUBTRACT:
      return intSub(a, b);
    case NB.MULTIPLY:
      return intMul(a, b);
    case NB.FLOOR_DIVIDE:
      return intFloorDiv(a, b);
    case NB.REMAINDER:
      return intMod(a, b);
    case NB.TRUE_DIVIDE:
      return new PyFloat(intTrueDiv(a, b));
    case NB.POWER:
      if (b < 0) return powFloat(intToFloat(a), intToFloat(b));
      return intPow(a, b);
    case NB.LSHIFT:
      return intLshift(a, b);
    case NB.RSHIFT:
      return intRshift(a, b);
    case NB.AND:
      return intAnd(a, b);
    case NB.OR:
      return intOr(a, b);
    case NB.XOR:
      return intXor(a, b);
    default:
      return undefined;
  }
}

function powFloat(a: number, b: number): PyValue {
  const r = floatPow(a, b);
  if (r !== null) return new PyFloat(r);
  const [re, im] = complexPow(a, 0, b, 0);
  return new PyComplex(re, im);
}

/** Float arithmetic (either operand a float); undefined for operators floats do not support. */
export function floatBinary(a: number, b: number, op: number): PyValue | undefined {
  switch (op) {
    case NB.ADD:
      return new PyFloat(a + b);
    case NB.SUBTRACT:
      return new PyFloat(a - b);
    case NB.MULTIPLY:
      return new PyFloat(a * b);
    case NB.TRUE_DIVIDE:
      return new PyFloat(floatTrueDiv(a, b));
    case NB.FLOOR_DIVIDE:
      return new PyFloat(floatFloorDiv(a, b));
    case NB.REMAINDER:
      return new PyFloat(floatMod(a, b));
    case NB.POWER:
      return powFloat(a, b);
    default:
      return undefined;
  }
}

/** The result for built-in number / str / list operands, or undefined to take the general path. */
export function arithFast(v: PyValue, w: PyValue, oparg: number): PyValue | undefined {
  const tv = typeof v;
  const tw = typeof w;
  // The in-place forms of int, str and float operators are the plain ones (immutable types
  // have no __iadd__ ...); list += stays on the general path (it extends in place).
  const op = oparg >= NB.INPLACE && tv !== "object" ? oparg - NB.INPLACE : oparg;
  if (tv === "number" && tw === "number") return intBinary(v as number, w as number, op);
  if (tv === "string") {
    // A lone high surrogate meeting a lone low one makes a str a JS string cannot hold
    // (str-surrogate.ts): str.__add__ builds it.
    if (tw === "string" && op === NB.ADD && !joinsLone(v as string, w as string))
      return (v as string) + (w as string);
    if (tw === "number" && op === NB.MULTIPLY) return strRepeatFast(v as string, w as number);
    return undefined;
  }
  if (tw === "string" && tv === "number" && op === NB.MULTIPLY)
    return strRepeatFast(w as string, v as number);

  const a = exactInt(v);
  if (a !== undefined) {
    const b = exactInt(w);
    if (b !== undefined) {
      if (tv === "boolean" && tw === "boolean" && (op === NB.AND || op === NB.OR || op === NB.XOR)) {
        return op === NB.AND
          ? (v as boolean) && (w as boolean)
          : op === NB.OR
            ? (v as boolean) || (w as boolean)
            : v !== w;
      }
      return intBinary(a, b, op);
    }
    if (w instanceof PyFloat && w.type === floatType) return floatBinary(intToFloat(a), w.value, op);
    return undefined;
  }
  if (v instanceof PyFloat && v.type === floatType) {
    const fop = op >= NB.INPLACE ? op - NB.INPLACE : op;
    if (w instanceof PyFloat && w.type === floatType) return floatBinary(v.value, w.value, fop);
    const b = exactInt(w);
    if (b !== undefined) return floatBinary(v.value, intToFloat(b), fop);
    return undefined;
  }

  if (
    v instanceof PyList &&
    v.type === listType &&
    w instanceof PyList &&
    w.type === listType &&
    op === NB.ADD
  ) {
    return new PyList(v.items.concat(w.items));
  }
  if (op === NB.MULTIPLY) {
    if (tw === "number" && v instanceof PyList && v.type === listType) return listRepeatFast(v, w as number);
    if (tv === "number" && w instanceof PyList && w.type === listType) return listRepeatFast(w, v as number);
  }
  return undefined;
}

/** Largest repetition result the fast paths make; longer ones take the slot, which checks. */
const REPEAT_FAST_MAX = 1 << 24;

/** str * int (unicode_repeat); undefined where the pieces' ends could pair into one character. */
function strRepeatFast(s: string, k: number): PyValue | undefined {
  if (k <= 0 || s.length === 0) return "";
  if (s.length * k > REPEAT_FAST_MAX) return undefined;
  const last = s.charCodeAt(s.length - 1);
  const first = s.charCodeAt(0);
  if (k > 1 && last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff) return undefined;
  return s.repeat(k);
}

/** list * int (list_repeat). */
function listRepeatFast(l: PyList, k: number): PyValue | undefined {
  const items = l.items;
  if (k <= 0 || items.length === 0) return new PyList([]);
  const n = items.length;
  if (n * k > REPEAT_FAST_MAX) return undefined;
  const out = new Array<PyValue>(n * k);
  if (n === 1) out.fill(items[0]!);
  else for (let i = 0, j = 0; i < k; i++) for (let m = 0; m < n; m++) out[j++] = items[m]!;
  return new PyList(out);
}

/**
 * binary_op1: the forward and reflected number methods; NotImplemented when neither applies.
 * A type has a number slot for the operator when its forward or reflected method is a number
 * method (not a sequence-slot wrapper, see sequence-slots.ts); through that slot both are found
 * by name, wrappers included (SLOT1BINFULL in Objects/typeobject.c), so `3 * S("z")` for a str
 * subclass defining only `__mul__` reaches str's `__rmul__`.
 */
function* binaryOp1(t: Thread, v: PyValue, w: PyValue, op: number, forwardDone: boolean): Gen<PyValue> {
  const tv = typeOf(v);
  const tw = typeOf(w);
  const fwd = BINARY_DUNDER[op]!;
  const refl = REFLECTED_DUNDER[op]!;
  const dv = hasNumberSlot(tv, fwd, refl) ? methodOf(tv, fwd) : null;
  let dw = tw !== tv && hasNumberSlot(tw, fwd, refl) ? methodOf(tw, refl) : null;
  if (dw !== null && tw.isSubtype(tv) && dw !== tv.lookup(refl)) {
    const r = yield* callMethod(t, dw, w, [v]);
    if (r !== NotImplemented) return r;
    dw = null;
  }
  if (dv !== null && !forwardDone) {
    const r = yield* callMethod(t, dv, v, [w]);
    if (r !== NotImplemented) return r;
  }
  if (dw !== null) {
    const r = yield* callMethod(t, dw, w, [v]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/**
 * The method binaryOp calls first for v <op> w when it is a Python function and no built-in
 * arithmetic answers (`v` an instance of a class with `__add__`, say): BINARY_OP runs it as a
 * frame with (v, w) as its arguments, and on NotImplemented goes on with
 * `binaryOp(..., forwardDone = true)`. Null when another method comes first (an in-place
 * method that is not a Python function, a reflected method of a subclass of v's type).
 */
export function firstBinaryMethod(v: PyValue, w: PyValue, oparg: number): PyFunction | null {
  if (typeof v !== "object" || v instanceof PyList) return null;
  const inplace = oparg >= NB.INPLACE;
  const op = inplace ? oparg - NB.INPLACE : oparg;
  if (arithFast(v, w, op) !== undefined) return null;
  const tv = v.type;
  if (inplace) {
    const d = numberMethod(tv, INPLACE_DUNDER[op]!);
    if (d !== null) return d instanceof PyFunction ? d : null;
  }
  const fwd = BINARY_DUNDER[op]!;
  // A sequence slot (deque.__add__) comes after the number slots and the in-place
  // sequence slot in binaryOp's protocol, not first.
  const dv = numberMethod(tv, fwd);
  if (!(dv instanceof PyFunction)) return null;
  const tw = typeOf(w);
  if (tw !== tv && tw.isSubtype(tv)) {
    const refl = REFLECTED_DUNDER[op]!;
    if (hasNumberSlot(tw, fwd, refl) && methodOf(tw, refl) !== null && methodOf(tw, refl) !== tv.lookup(refl))
      return null;
  }
  return dv;
}

/**
 * v <op> w for BINARY_OP's argument (0..25). `forwardDone`: firstBinaryMethod's method was
 * called already and answered NotImplemented; the rest of the protocol follows.
 */
export function* binaryOp(
  t: Thread,
  v: PyValue,
  w: PyValue,
  oparg: number,
  forwardDone = false,
): Gen<PyValue> {
  const inplace = oparg >= NB.INPLACE;
  const op = inplace ? oparg - NB.INPLACE : oparg;
  // An in-place list += must extend the list itself, so it skips the copying fast path.
  const fast = (inplace && v instanceof PyList) || forwardDone ? undefined : arithFast(v, w, op);
  if (fast !== undefined) return fast;
  if (inplace) {
    const d = numberMethod(typeOf(v), INPLACE_DUNDER[op]!);
    if (d !== null) {
      if (forwardDone) forwardDone = false;
      else {
        const r = yield* callMethod(t, d, v, [w]);
        if (r !== NotImplemented) return r;
      }
    }
  }
  const r = yield* binaryOp1(t, v, w, op, forwardDone);
  if (r !== NotImplemented) return r;
  // The sequence slots, after the number methods (PyNumber_Add, PyNumber_Multiply and their
  // in-place forms): concatenation is the left operand's only; repetition either operand's.
  if (op === NB.ADD) {
    const tv = typeOf(v);
    const c = (inplace ? sequenceSlot(tv, "__iadd__") : null) ?? sequenceSlot(tv, "__add__");
    if (c !== null) return yield* callMethod(t, c, v, [w]);
  } else if (op === NB.MULTIPLY) {
    const tv = typeOf(v);
    const rv = (inplace ? sequenceSlot(tv, "__imul__") : null) ?? sequenceSlot(tv, "__mul__");
    if (rv !== null) return yield* sequenceRepeat(t, rv, v, w);
    const rw = sequenceSlot(typeOf(w), "__mul__");
    if (rw !== null) return yield* sequenceRepeat(t, rw, w, v);
  }
  const sym = SYMBOLS[op]! + (inplace ? "=" : "");
  const shown = op === NB.POWER && !inplace ? "** or pow()" : sym;
  throw typeError(`unsupported operand type(s) for ${shown}: '${typeName(v)}' and '${typeName(w)}'`);
}

function hasNumberSlot(tp: PyType, fwd: string, refl: string): boolean {
  return numberMethod(tp, fwd) !== null || numberMethod(tp, refl) !== null;
}

function methodOf(tp: PyType, name: string): PyValue | null {
  const d = tp.lookup(name);
  return d === None ? null : d;
}

/** sequence_repeat: the count must have __index__ (PyIndex_Check); the slot converts it. */
function* sequenceRepeat(t: Thread, slot: PyValue, seq: PyValue, n: PyValue): Gen<PyValue> {
  if (intValue(n) === undefined && typeOf(n).lookup("__index__") === null)
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  return yield* callMethod(t, slot, seq, [n]);
}

const UNARY: Record<string, [string, string]> = {
  neg: ["__neg__", "-"],
  pos: ["__pos__", "+"],
  invert: ["__invert__", "~"],
};

/** -v, +v, ~v. */
export function* unaryOp(t: Thread, v: PyValue, which: "neg" | "pos" | "invert"): Gen<PyValue> {
  const [dunder, sym] = UNARY[which]!;
  const d = typeOf(v).lookup(dunder);
  if (d === null || d === None) throw typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  return yield* callMethod(t, d, v, []);
}

export { boolType, intType };
