/** `range` (Objects/rangeobject.c): length, indexing, slicing, containment, iteration. */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, NotImplemented, rangeType, typeOf } from "./core.js";
import { indexError, overflowError, typeError, valueError } from "./exceptions.js";
import { readonlyMember } from "./float-type.js";
import { hashTupleOf } from "./hash/containers.js";
import { intValue, noKw, typeName } from "./helpers.js";
import type { PyInt } from "./int.js";
import { big, intAdd, intFloorDiv, intMul, intSub, isSafe, norm } from "./int.js";
import { PyLongRangeIter, PyRangeIter } from "./iterators.js";
import { PyRange, PySlice } from "./misc.js";
import { defineGetSets, defineMethods, defineStatic } from "./native.js";
import { EQ, richCompareBool } from "./ops/compare.js";
import { indexOf, repr } from "./ops/convert.js";
import { intHash, nativeHashOf } from "./ops/hash.js";
import { containsByIteration } from "./ops/iter.js";
import { sliceIndicesLong } from "./slice-type.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

function rv(self: PyValue): PyRange {
  if (self instanceof PyRange) return self;
  throw typeError(`descriptor requires a 'range' object but received a '${typeName(self)}'`);
}

/** Number of items of range(start, stop, step). */
export function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (step > 0) {
    if (start >= stop) return 0;
    return intAdd(intFloorDiv(intSub(intSub(stop, start), 1), step), 1);
  }
  if (start <= stop) return 0;
  return intAdd(intFloorDiv(intSub(intSub(start, stop), 1), intSub(0, step)), 1);
}

export function makeRange(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

function* rangeNew(
  t: Thread,
  _self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
): Gen<PyValue> {
  noKw("range", kwnames);
  const a = args.slice(1);
  if (a.length === 0) throw typeError("range expected at least 1 argument, got 0");
  if (a.length > 3) throw typeError(`range expected at most 3 arguments, got ${a.length}`);
  const vals: PyInt[] = [];
  for (const v of a) vals.push(yield* indexOf(t, v));
  if (vals.length === 1) return makeRange(0, vals[0]!, 1);
  const step = vals[2] ?? 1;
  if (step === 0) throw valueError("range() arg 3 must not be zero");
  return makeRange(vals[0]!, vals[1]!, step);
}

/** The i-th item (no bounds check). */
function item(r: PyRange, i: PyInt): PyInt {
  return intAdd(r.start, intMul(i, r.step));
}

function* getItem(t: Thread, self: PyValue, key: PyValue): Gen<PyValue> {
  const r = rv(self);
  if (key instanceof PySlice) {
    // compute_slice: indices over the length (of any size), then map back.
    const s = yield* sliceIndicesLong(t, key, r.length);
    const start = item(r, s.start);
    const stop = item(r, s.stop);
    const step = intMul(r.step, s.step);
    return makeRange(start, stop, step);
  }
  const iv = intValue(key) ?? (typeOf(key).lookup("__index__") !== null ? yield* indexOf(t, key) : undefined);
  if (iv === undefined) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  let i = iv;
  if (i < 0) i = intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw indexError("range object index out of range");
  return item(r, i);
}

function containsInt(r: PyRange, v: PyInt): boolean {
  if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  const diff = intSub(v, r.start);
  if (typeof diff === "number" && typeof r.step === "number") return diff % r.step === 0;
  return big(diff) % big(r.step) === 0n;
}

export function rangeIter(r: PyRange): PyValue {
  const n = r.length;
  if (
    typeof r.start === "number" &&
    typeof r.step === "number" &&
    typeof n === "number" &&
    isSafe(item(r, n) as number)
  ) {
    return new PyRangeIter(r.start, r.step, n);
  }
  return new PyLongRangeIter(big(r.start), big(r.step), big(n), norm);
}

export function initRangeType(): void {
  defineStatic(rangeType, { __new__: { gen: rangeNew } });
  // range(n), range(a, b), range(a, b, step) of ints and a non-zero step: made directly, as
  // range_new would (no type_call, no generator); everything else takes rangeNew.
  rangeType.callFast = (_t, _cls, args, kw) => {
    if (kw !== null) return undefined;
    const n = args.length;
    if (n === 1) {
      const stop = args[0]!;
      return typeof stop === "number" ? makeRange(0, stop, 1) : undefined;
    }
    if (n !== 2 && n !== 3) return undefined;
    const start = args[0]!;
    const stop = args[1]!;
    const step = n === 3 ? args[2]! : 1;
    if (typeof start !== "number" || typeof stop !== "number" || typeof step !== "number" || step === 0)
      return undefined;
    return makeRange(start, stop, step);
  };
  defineMethods(rangeType, {
    __repr__: (_t, self) => {
      const r = rv(self);
      return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    __len__: (_t, self) => {
      const n = rv(self).length;
      if (typeof n === "bigint" && n >= 1n << 63n)
        throw overflowError("Python int too large to convert to C ssize_t");
      return n;
    },
    __bool__: (_t, self) => rv(self).length !== 0,
    __iter__: (_t, self) => rangeIter(rv(self)),
    __reversed__: (_t, self) => {
      const r = rv(self);
      const last = item(r, intSub(r.length, 1));
      return rangeIter(makeRange(last, intSub(r.start, r.step), intSub(0, r.step)));
    },
    __getitem__: { gen: (t, self, args) => getItem(t, self, args[0]!) },
    __contains__: {
      gen: function* (t, self, args) {
        const v = args[0]!;
        if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
          return containsInt(rv(self), intValue(v)!);
        }
        return yield* containsByIteration(t, self, v);
      },
    },
    __eq__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyRange)) return NotImplemented;
      const a = rv(self);
      if (a.length !== o.length) return false;
      if (a.length === 0) return true;
      if (a.start !== o.start) return false;
      if (a.length === 1) return true;
      return a.step === o.step;
    },
    __ne__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyRange)) return NotImplemented;
      const a = rv(self);
      if (a.length !== o.length) return true;
      if (a.length === 0) return false;
      if (a.start !== o.start) return true;
      if (a.length === 1) return false;
      return a.step !== o.step;
    },
    __hash__: (_t, self) => {
      // range_hash: the hash of (len, start, step), with start and step replaced by None when
      // they do not matter (empty range: both; one item: step), so equal ranges hash equal.
      const r = rv(self);
      const none = nativeHashOf(None);
      if (r.length === 0) return hashTupleOf([0, none, none]);
      const start = intHash(r.start);
      if (r.length === 1) return hashTupleOf([1, start, none]);
      return hashTupleOf([intHash(r.length), start, intHash(r.step)]);
    },
    index: {
      gen: function* (t, self, args) {
        const r = rv(self);
        const v = intValue(args[0]!);
        if (v !== undefined && containsInt(r, v)) return intFloorDiv(intSub(v, r.start), r.step);
        if (v === undefined) {
          let i = 0;
          for (let x: PyInt = r.start; r.step > 0 ? x < r.stop : x > r.stop; x = intAdd(x, r.step), i++) {
            if (yield* richCompareBool(t, x, args[0]!, EQ)) return i;
          }
          // A non-int is searched by iteration (_PySequence_IterSearch), with its message.
          throw valueError("sequence.index(x): x not in sequence");
        }
        throw valueError(`${yield* repr(t, args[0]!)} is not in range`);
      },
    },
    count: {
      gen: function* (t, self, args) {
        const v = intValue(args[0]!);
        if (v !== undefined) return containsInt(rv(self), v) ? 1 : 0;
        return (yield* containsByIteration(t, self, args[0]!)) ? 1 : 0;
      },
    },
    __reduce__: (_t, self) => {
      const r = rv(self);
      return new PyTuple([rangeType, new PyTuple([r.start, r.stop, r.step])]);
    },
  });
  defineGetSets(rangeType, {
    start: { get: (_t, self) => rv(self).start, set: readonlyMember },
    stop: { get: (_t, self) => rv(self).stop, set: readonlyMember },
    step: { get: (_t, self) => rv(self).step, set: readonlyMember },
  });
}
