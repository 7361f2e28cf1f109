/**
 * Subscription and membership (PyObject_GetItem / SetItem / DelItem, PySequence_Contains),
 * with fast paths for exact list, tuple, dict and str.
 */
import { hasLoneSurrogate, isExactStr } from "../str-surrogate.js";
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import {
  None,
  PyType,
  dictType,
  frozensetType,
  listType,
  setType,
  strType,
  tupleType,
  typeOf,
  typeType,
} from "../core.js";
import type { PyDict } from "../dict.js";
import { indexError, keyError, typeError } from "../exceptions.js";
import { genericAlias } from "../generic-alias.js";
import { typeName } from "../helpers.js";
import { PyList } from "../list.js";
import { PySlice } from "../misc.js";
import type { PySet } from "../set.js";
import { containsNative } from "../set.js";
import { hasSurrogates, strCharAt, strLen } from "../str.js";
import type { Gen } from "../suspend.js";
import type { PyTuple } from "../tuple.js";
import { makeTuple } from "../tuple-methods.js";
import { call, callMethod } from "./call.js";
import { isTrue } from "./convert.js";
import { descrGet } from "./descr.js";
import { fastKeyOf } from "./hash.js";
import { containsByIteration } from "./iter.js";
import { RAISED, setRaised, takeRaised } from "../raised.js";

// getItemFast's answer when the subscript raises (IndexError, KeyError) is RAISED (raised.ts):
// the eval loop raises the exception in the frame without a JavaScript throw.
export { RAISED, takeRaised };
const raise = setRaised;

/**
 * v[k] for exact built-in containers and int / str keys; undefined to take the general path,
 * RAISED when it raises.
 */
export function getItemFast(v: PyValue, k: PyValue): PyValue | undefined {
  if (typeof v === "object") {
    const t = v.type;
    if (typeof k === "number") {
      if (t === listType) {
        const items = (v as PyList).items;
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length) return items[i]!;
        return raise(indexError("list index out of range"));
      }
      if (t === tupleType) {
        const items = (v as PyTuple).items;
        const i = k < 0 ? k + items.length : k;
        if (i >= 0 && i < items.length) return items[i]!;
        return raise(indexError("tuple index out of range"));
      }
    }
    if (k instanceof PySlice && k.step === None && (t === listType || t === tupleType)) {
      // Step-1 slices with int or None bounds: Array.prototype.slice clamps exactly as
      // PySlice_AdjustIndices does for step 1.
      const a = k.start === None ? 0 : k.start;
      const b = k.stop === None ? undefined : k.stop;
      if (typeof a !== "number" || (b !== undefined && typeof b !== "number")) return undefined;
      const items = (v as PyList | PyTuple).items.slice(a, b);
      if (t === listType) return new PyList(items);
      // tuplesubscript hands back an exact tuple itself for a full slice.
      return items.length === (v as PyTuple).items.length ? v : makeTuple(tupleType, items);
    }
    if (k instanceof PySlice && k.step === -1 && k.stop === None && (t === listType || t === tupleType)) {
      // seq[i::-1]: the start adjusted as PySlice_AdjustIndices does for a negative step.
      const all = (v as PyList | PyTuple).items;
      const n = all.length;
      let a = k.start === None ? n - 1 : k.start;
      if (typeof a !== "number") return undefined;
      if (a < 0) a = a + n < 0 ? -1 : a + n;
      else if (a >= n) a = n - 1;
      // One pass, one array (slice then reverse made two).
      const items: PyValue[] = [];
      for (let i = a; i >= 0; i--) items.push(all[i]!);
      return t === listType ? new PyList(items) : makeTuple(tupleType, items);
    }
    if (t === dictType) {
      const d = v as PyDict;
      if (!d.allFast) return undefined;
      const fk = fastKeyOf(k);
      if (fk === undefined) return undefined;
      const r = d.getFast(fk);
      if (r === undefined) return raise(keyError(k));
      return r;
    }
    return undefined;
  }
  if (typeof v === "string" && k instanceof PySlice && k.step === None && !hasSurrogates(v)) {
    const a = k.start === None ? 0 : k.start;
    const b = k.stop === None ? undefined : k.stop;
    if (typeof a === "number" && (b === undefined || typeof b === "number")) return v.slice(a, b);
    return undefined;
  }
  if (typeof v === "string" && typeof k === "number") {
    const n = strLen(v);
    const i = k < 0 ? k + n : k;
    if (i >= 0 && i < n) return n === v.length ? v[i]! : strCharAt(v, i);
    return raise(indexError("string index out of range"));
  }
  return undefined;
}

export function* getItem(t: Thread, v: PyValue, k: PyValue): Gen<PyValue> {
  const fast = getItemFast(v, k);
  if (fast !== undefined) {
    if (fast === RAISED) throw takeRaised();
    return fast;
  }
  const tp = typeOf(v);
  const d = tp.lookup("__getitem__");
  if (d !== null && d !== None) return yield* callMethod(t, d, v, [k]);
  if (v instanceof PyType) {
    // type[int] is special-cased by PyObject_GetItem (Objects/abstract.c) rather than given a
    // __class_getitem__, so that subclasses of type (metaclasses) stay unsubscriptable.
    if (v === typeType) return genericAlias(v, k);
    const cg = v.lookup("__class_getitem__");
    if (cg !== null) {
      const f = yield* classGetItemCallable(t, cg, v);
      return yield* call(t, f, [k]);
    }
    throw typeError(`type '${v.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(v)}' object is not subscriptable`);
}

/** __class_getitem__ is an implicit classmethod: bind it through the descriptor protocol. */
function* classGetItemCallable(t: Thread, cg: PyValue, cls: PyType): Gen<PyValue> {
  return yield* descrGet(t, cg, null, cls);
}

/**
 * list[i:j] = list-or-tuple for an exact list and int or None bounds (list_ass_slice with the
 * indices adjusted as for step 1): true when done, false to take setItem.
 */
export function setItemFast(container: PyValue, k: PyValue, value: PyValue): boolean {
  if (typeof container !== "object" || container.type !== listType || !(k instanceof PySlice)) return false;
  if (k.step !== None || typeof value !== "object" || (value.type !== listType && value.type !== tupleType))
    return false;
  const items = (container as PyList).items;
  const n = items.length;
  let a = k.start === None ? 0 : k.start;
  let b = k.stop === None ? n : k.stop;
  if (typeof a !== "number" || typeof b !== "number") return false;
  a = a < 0 ? Math.max(a + n, 0) : Math.min(a, n);
  b = b < 0 ? Math.max(b + n, 0) : Math.min(b, n);
  if (b < a) b = a;
  const src = (value as PyList | PyTuple).items;
  if (src.length === b - a && src !== items) {
    for (let i = 0; i < src.length; i++) items[a + i] = src[i]!;
    return true;
  }
  if (src.length > 10000) return false;
  items.splice(a, b - a, ...src.slice());
  return true;
}

export function* setItem(t: Thread, v: PyValue, k: PyValue, value: PyValue): Gen<void> {
  if (typeof v === "object") {
    const tp = v.type;
    if (tp === listType && typeof k === "number") {
      const items = (v as PyList).items;
      const i = k < 0 ? k + items.length : k;
      if (i >= 0 && i < items.length) {
        items[i] = value;
        return;
      }
      throw indexError("list assignment index out of range");
    }
    if (tp === dictType) {
      yield* (v as PyDict).set(t, k, value);
      return;
    }
  }
  const d = typeOf(v).lookup("__setitem__");
  if (d === null || d === None) throw typeError(`'${typeName(v)}' object does not support item assignment`);
  yield* callMethod(t, d, v, [k, value]);
}

/**
 * `del container[k]` for an exact list with an int index in range and an exact dict holding a
 * fast key, where no Python code can run: true when done, false to take delItem.
 */
export function delItemFast(v: PyValue, k: PyValue): boolean {
  if (typeof v !== "object") return false;
  const tp = v.type;
  if (tp === listType && typeof k === "number") {
    const items = (v as PyList).items;
    const i = k < 0 ? k + items.length : k;
    if (i < 0 || i >= items.length) return false;
    items.splice(i, 1);
    return true;
  }
  if (tp === dictType) {
    const fk = fastKeyOf(k);
    return fk !== undefined && (v as PyDict).deleteFast(fk) !== undefined;
  }
  return false;
}

export function* delItem(t: Thread, v: PyValue, k: PyValue): Gen<void> {
  const d = typeOf(v).lookup("__delitem__");
  if (d === null || d === None) throw typeError(`'${typeName(v)}' object doesn't support item deletion`);
  yield* callMethod(t, d, v, [k]);
}

/**
 * `x in container` for exact str, dict, set, frozenset, list and tuple when no Python code can
 * run (fast keys only): the answer, or undefined to take `contains`. A list or tuple scan stops
 * at the first item whose == would run Python code; the generator then redoes the scan, which
 * repeats only comparisons without side effects.
 */
export function containsFast(container: PyValue, x: PyValue): boolean | undefined {
  // A needle holding a lone surrogate must not match half of a pair: str.__contains__ handles it
  // (str-surrogate-methods.ts).
  if (typeof container === "string")
    return typeof x === "string" && !hasLoneSurrogate(x) ? container.includes(x) : undefined;
  if (typeof container !== "object") return undefined;
  const tp = container.type;
  if (tp === dictType) {
    const d = container as PyDict;
    const fk = fastKeyOf(x);
    return fk !== undefined && d.allFast ? d.getFast(fk) !== undefined : undefined;
  }
  if (tp === setType || tp === frozensetType) return containsNative(container as PySet, x);
  if (tp === listType || tp === tupleType) {
    const fk = fastKeyOf(x);
    if (fk === undefined) return undefined;
    const items = (container as PyList | PyTuple).items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item === x) return true;
      const ik = fastKeyOf(item);
      if (ik === undefined) return undefined;
      if (ik === fk) return true;
    }
    return false;
  }
  return undefined;
}

/** `x in container`. */
export function* contains(t: Thread, container: PyValue, x: PyValue): Gen<boolean> {
  if (typeof container === "string") {
    if (typeof x === "string" && !hasLoneSurrogate(x)) return container.includes(x);
    if (!isExactStr(x)) throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
  }
  const tp = typeOf(container);
  if (tp === dictType) {
    const d = container as PyDict;
    const fk = fastKeyOf(x);
    if (fk !== undefined && d.allFast) return d.getFast(fk) !== undefined;
  }
  const d = tp.lookup("__contains__");
  if (d !== null && d !== None) {
    const r = yield* callMethod(t, d, container, [x]);
    return typeof r === "boolean" ? r : yield* isTrue(t, r);
  }
  if (tp.lookup("__iter__") === null && tp.lookup("__getitem__") === null) {
    throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  }
  return yield* containsByIteration(t, container, x);
}

export { strType };
