/** slice objects and index adjustment (PySlice_Unpack / PySlice_AdjustIndices in sliceobject.c). */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, NotImplemented, sliceType, typeOf } from "./core.js";
import { attributeError, typeError, valueError } from "./exceptions.js";
import { intValue } from "./helpers.js";
import type { PyInt } from "./int.js";
import { intAdd } from "./int.js";
import { PySlice } from "./misc.js";
import { defineGetSets, defineMethods, defineStatic } from "./native.js";
import { indexOf } from "./ops/convert.js";
import { EQ, GE, GT, LE, LT, richCompare, richCompareBool } from "./ops/compare.js";
import { repr } from "./ops/convert.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";

/** A READONLY member refuses assignment with this message (PyMember_SetOne). */
function readonlyMember(): never {
  throw attributeError("readonly attribute");
}

function sliceOrder(op: number) {
  return function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
    const o = args[0]!;
    if (!(o instanceof PySlice)) return NotImplemented;
    const s = self as PySlice;
    return yield* richCompare(
      t,
      new PyTuple([s.start, s.stop, s.step]),
      new PyTuple([o.start, o.stop, o.step]),
      op,
    );
  };
}

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  length: number;
}

const MAX = Number.MAX_SAFE_INTEGER;

function clampInt(v: PyValue | bigint | number): number {
  if (typeof v === "bigint") return v > 0n ? MAX : -MAX;
  return v as number;
}

function* component(t: Thread, v: PyValue): Gen<number | null> {
  if (v === None) return null;
  const iv = intValue(v);
  if (iv !== undefined) return clampInt(iv);
  try {
    return clampInt(yield* indexOf(t, v));
  } catch {
    throw typeError("slice indices must be integers or None or have an __index__ method");
  }
}

/** start, stop, step and length of a slice over a sequence of `length` items. */
export function* sliceIndices(t: Thread, s: PySlice, length: number): Gen<SliceIndices> {
  const stepV = yield* component(t, s.step);
  const step = stepV ?? 1;
  if (step === 0) throw valueError("slice step cannot be zero");
  const startV = yield* component(t, s.start);
  const stopV = yield* component(t, s.stop);
  return adjust(startV, stopV, step, length);
}

/** A slice component as _PySlice_GetLongIndices reads it: any int, or null for None. */
function* longComponent(t: Thread, v: PyValue): Gen<PyInt | null> {
  if (v === None) return null;
  const iv = intValue(v);
  if (iv !== undefined) return iv;
  if (typeOf(v).lookup("__index__") === null)
    throw typeError("slice indices must be integers or None or have an __index__ method");
  return yield* indexOf(t, v);
}

/**
 * start, stop and step over a length of any size, with arbitrary ints (_PySlice_GetLongIndices):
 * slice.indices and the slicing of ranges use it.
 */
export function* sliceIndicesLong(
  t: Thread,
  s: PySlice,
  length: PyInt,
): Gen<{ start: PyInt; stop: PyInt; step: PyInt }> {
  const step = (yield* longComponent(t, s.step)) ?? 1;
  if (step === 0) throw valueError("slice step cannot be zero");
  const negative = step < 0;
  const lower: PyInt = negative ? -1 : 0;
  const upper: PyInt = negative ? intAdd(length, -1) : length;
  const clamp = (v: PyInt | null, dflt: PyInt): PyInt => {
    if (v === null) return dflt;
    if (v < 0) {
      const w = intAdd(v, length);
      return w < lower ? lower : w;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(yield* longComponent(t, s.start), negative ? upper : lower);
  const stop = clamp(yield* longComponent(t, s.stop), negative ? lower : upper);
  return { start, stop, step };
}

/** The same for slices of plain ints (no Python code). */
export function sliceIndicesFast(s: PySlice, length: number): SliceIndices | undefined {
  const part = (v: PyValue): number | null | undefined => {
    if (v === None) return null;
    const iv = intValue(v);
    return iv === undefined ? undefined : clampInt(iv);
  };
  const stepV = part(s.step);
  const startV = part(s.start);
  const stopV = part(s.stop);
  if (stepV === undefined || startV === undefined || stopV === undefined) return undefined;
  const step = stepV ?? 1;
  if (step === 0) throw valueError("slice step cannot be zero");
  return adjust(startV, stopV, step, length);
}

function adjust(startV: number | null, stopV: number | null, step: number, length: number): SliceIndices {
  let start: number;
  let stop: number;
  if (startV === null) start = step < 0 ? length - 1 : 0;
  else {
    start = startV;
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stopV === null) stop = step < 0 ? -1 : length;
  else {
    stop = stopV;
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, length: n };
}

export function initSliceType(): void {
  defineStatic(sliceType, {
    __new__: (_t, _self, args) => {
      const a = args.slice(1);
      if (a.length === 0) throw typeError("slice expected at least 1 argument, got 0");
      if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
      if (a.length === 1) return new PySlice(None, a[0]!, None);
      return new PySlice(a[0]!, a[1]!, a[2] ?? None);
    },
  });
  defineMethods(sliceType, {
    __repr__: {
      gen: function* (t, self) {
        const s = self as PySlice;
        return `slice(${yield* repr(t, s.start)}, ${yield* repr(t, s.stop)}, ${yield* repr(t, s.step)})`;
      },
    },
    indices: {
      gen: function* (t, self, args) {
        const n = yield* indexOf(t, args[0]!);
        if (n < 0) throw valueError("length should not be negative");
        const r = yield* sliceIndicesLong(t, self as PySlice, n);
        return new PyTuple([r.start, r.stop, r.step]);
      },
    },
    __eq__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySlice)) return NotImplemented;
        const s = self as PySlice;
        return (
          (yield* richCompareBool(t, s.start, o.start, EQ)) &&
          (yield* richCompareBool(t, s.stop, o.stop, EQ)) &&
          (yield* richCompareBool(t, s.step, o.step, EQ))
        );
      },
    },
    __hash__: () => {
      throw typeError("unhashable type: 'slice'");
    },
    // slice_richcompare: slices order as the tuples (start, stop, step).
    __lt__: { gen: sliceOrder(LT) },
    __le__: { gen: sliceOrder(LE) },
    __gt__: { gen: sliceOrder(GT) },
    __ge__: { gen: sliceOrder(GE) },
  });
  defineGetSets(sliceType, {
    start: { get: (_t, self) => (self as PySlice).start, set: readonlyMember },
    stop: { get: (_t, self) => (self as PySlice).stop, set: readonlyMember },
    step: { get: (_t, self) => (self as PySlice).step, set: readonlyMember },
  });
}
