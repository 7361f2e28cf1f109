/**
 * Rich comparison (do_richcompare in Objects/object.c): the reflected method of a right operand
 * whose type is a subclass goes first, then the left operand's, then the right's; == and != fall
 * back to identity, ordering raises TypeError.
 */
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import { NotImplemented, floatType, tupleType, typeOf } from "../core.js";
import { stackOverflowAs, typeError } from "../exceptions.js";
import { PyFloat } from "../float.js";
import { hasSurrogates } from "../str.js";
import type { Gen } from "../suspend.js";
import type { PyTuple } from "../tuple.js";
import { callMethod } from "./call.js";
import { isTrue } from "./convert.js";

export const LT = 0;
export const LE = 1;
export const EQ = 2;
export const NE = 3;
export const GT = 4;
export const GE = 5;

export const CMP_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const;
export const CMP_SYMBOL = ["<", "<=", "==", "!=", ">", ">="] as const;
const SWAPPED = [GT, GE, EQ, NE, LT, LE];

/** The rich comparison `op` applied to a three-way comparison result `c` (<0, 0, >0). */
export function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case LT:
      return c < 0;
    case LE:
      return c <= 0;
    case EQ:
      return c === 0;
    case NE:
      return c !== 0;
    case GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Compares two strs by code point. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (!hasSurrogates(a) && !hasSurrogates(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n;) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

/** A number's comparable JS value (int, bool or exact float), or undefined. */
function numOf(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return undefined;
    default:
      return v instanceof PyFloat && v.type === floatType ? v.value : undefined;
  }
}

/**
 * Exact tuples compared as tuplerichcompare does (the first index whose items are not equal,
 * identity counting as equal, then that pair or the lengths), while every comparison needed is
 * one compareFast can make; undefined as soon as one would run Python code (only comparisons
 * without side effects have been made by then, so the general path can start over).
 */
function tupleCompareFast(a: PyValue[], b: PyValue[], op: number): boolean | undefined {
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  for (; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const same = compareFast(x, y, EQ);
    if (same === undefined) return undefined;
    if (!same) break;
  }
  if (i >= n) return cmpResult(a.length - b.length, op);
  if (op === EQ) return false;
  if (op === NE) return true;
  return compareFast(a[i]!, b[i]!, op);
}

/** Comparison of built-in numbers, strs and tuples of them without running Python code; undefined otherwise. */
export function compareFast(v: PyValue, w: PyValue, op: number): boolean | undefined {
  if (typeof v === "string") {
    if (typeof w !== "string") return undefined;
    return cmpResult(strCompare(v, w), op);
  }
  if (typeof v === "object" && v.type === tupleType) {
    if (typeof w !== "object" || w.type !== tupleType) return undefined;
    return tupleCompareFast((v as PyTuple).items, (w as PyTuple).items, op);
  }
  const a = numOf(v);
  if (a === undefined) return undefined;
  const b = numOf(w);
  if (b === undefined) return undefined;
  switch (op) {
    case LT:
      return a < b;
    case LE:
      return a <= b;
    case EQ:
      return a == b;
    case NE:
      return a != b;
    case GT:
      return a > b;
    default:
      return a >= b;
  }
}

/** v <op> w, the Python result (may be any object): PyObject_RichCompare. */
export function* richCompare(t: Thread, v: PyValue, w: PyValue, op: number): Gen<PyValue> {
  const fast = compareFast(v, w, op);
  if (fast !== undefined) return fast;
  t.enterRecursiveCall(" in comparison");
  try {
    return yield* doRichCompare(t, v, w, op);
  } catch (e) {
    throw stackOverflowAs(e, " in comparison");
  } finally {
    t.leaveRecursiveCall();
  }
}

/** do_richcompare: reflected first for a subclass operand, then each side, then identity. */
function* doRichCompare(t: Thread, v: PyValue, w: PyValue, op: number): Gen<PyValue> {
  const tv = typeOf(v);
  const tw = typeOf(w);
  let checkedReverse = false;
  if (tv !== tw && tw.isSubtype(tv)) {
    checkedReverse = true;
    const d = tw.lookup(CMP_DUNDER[SWAPPED[op]!]!);
    if (d !== null) {
      const r = yield* callMethod(t, d, w, [v]);
      if (r !== NotImplemented) return r;
    }
  }
  const dv = tv.lookup(CMP_DUNDER[op]!);
  if (dv !== null) {
    const r = yield* callMethod(t, dv, v, [w]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const d = tw.lookup(CMP_DUNDER[SWAPPED[op]!]!);
    if (d !== null) {
      const r = yield* callMethod(t, d, w, [v]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === EQ) return v === w;
  if (op === NE) return v !== w;
  throw typeError(`'${CMP_SYMBOL[op]}' not supported between instances of '${tv.name}' and '${tw.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function* richCompareBool(t: Thread, v: PyValue, w: PyValue, op: number): Gen<boolean> {
  if (v === w) {
    if (op === EQ) return true;
    if (op === NE) return false;
  }
  if (typeof v === "string" && typeof w === "string") return cmpResult(strCompare(v, w), op);
  if (typeof v === "number" && typeof w === "number") return cmpResult(v - w, op);
  const r = yield* richCompare(t, v, w, op);
  if (typeof r === "boolean") return r;
  return yield* isTrue(t, r);
}

/** == as containers compare items (identity first). */
export function* eq(t: Thread, v: PyValue, w: PyValue): Gen<boolean> {
  return yield* richCompareBool(t, v, w, EQ);
}
