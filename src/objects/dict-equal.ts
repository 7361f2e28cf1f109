/**
 * == of built-in containers decided without running Python code: exact dicts, lists and tuples
 * of strs, numbers, None and such containers (what json.loads builds), compared as dict_equal
 * and list_richcompare do (sizes first, then item by item with identity counting as equal).
 * Each function answers undefined as soon as an item would need Python code (a user's __eq__,
 * a subclass, a non-fast key), having read and changed nothing, so the generator version can
 * start over; and past MAX_DEPTH, so deep nesting keeps the general path's recursion checks.
 */
import type { PyValue } from "./core.js";
import { None, dictType, floatType, listType, tupleType } from "./core.js";
import { PyDict, fastKeyOf } from "./dict.js";
import { PyFloat } from "./float.js";
import { PyList } from "./list.js";
import { EQ, compareFast } from "./ops/compare.js";
import { PyTuple } from "./tuple.js";

const MAX_DEPTH = 100;

const OTHER = 0;
const STR = 1;
const NUMBER = 2;
const NONE = 3;
const LIST = 4;
const TUPLE = 5;
const DICT = 6;

/** Which of the kinds compared here v is; OTHER for anything that may define its own ==. */
function kindOf(v: PyValue): number {
  switch (typeof v) {
    case "string":
      return STR;
    case "number":
    case "bigint":
    case "boolean":
      return NUMBER;
  }
  if (v === None) return NONE;
  const type = v.type;
  if (type === floatType && v instanceof PyFloat) return NUMBER;
  if (type === listType && v instanceof PyList) return LIST;
  if (type === tupleType && v instanceof PyTuple) return TUPLE;
  if (type === dictType && v instanceof PyDict) return DICT;
  return OTHER;
}

/** `v == w` as a container compares its items (PyObject_RichCompareBool), or undefined. */
export function equalFast(v: PyValue, w: PyValue, depth: number): boolean | undefined {
  if (v === w) return true;
  const kv = kindOf(v);
  if (kv === OTHER) return undefined;
  const kw = kindOf(w);
  if (kw === OTHER) return undefined;
  // Different kinds among these never compare equal: each __eq__ returns NotImplemented for
  // the other, and == falls back to identity (numbers of different types are one kind).
  if (kv !== kw) return false;
  switch (kv) {
    case STR:
      return false; // equal strs are the same JS string, caught above
    case NUMBER:
      return compareFast(v, w, EQ);
    case NONE:
      return false;
    case LIST:
    case TUPLE:
      return depth > MAX_DEPTH
        ? undefined
        : sequenceEqualFast((v as PyList).items, (w as PyList).items, depth + 1);
    default:
      return depth > MAX_DEPTH ? undefined : dictEqualFast(v as PyDict, w as PyDict, depth + 1);
  }
}

/** Item by item equality of two lists' or tuples' items, or undefined. */
export function sequenceEqualFast(
  a: readonly PyValue[],
  b: readonly PyValue[],
  depth: number,
): boolean | undefined {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const r = equalFast(a[i]!, b[i]!, depth);
    if (r !== true) return r;
  }
  return true;
}

/** dict_equal: the same size and every key of a in b with an equal value, or undefined. */
export function dictEqualFast(a: PyDict, b: PyDict, depth: number): boolean | undefined {
  if (a.size !== b.size) return false;
  const keys = a.keys;
  const values = a.values;
  const bKeys = b.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null || k === undefined) continue;
    const fk = fastKeyOf(k);
    if (fk === undefined) return undefined;
    // Dicts built alike hold their keys at the same places: the same key there (identity, as
    // a dict lookup tries first) is b's entry for it without a search.
    const w = bKeys[i] === k ? (b.values[i] as PyValue) : b.getFast(fk);
    if (w === undefined) return b.allFast ? false : undefined;
    const r = equalFast(values[i] as PyValue, w, depth);
    if (r !== true) return r;
  }
  return true;
}
