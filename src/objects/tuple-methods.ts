/** The methods of `tuple` (Objects/tupleobject.c). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { NotImplemented, tupleType, typeOf } from "./core.js";
import { E, indexError, newException, typeError, valueError } from "./exceptions.js";
import { genericAlias } from "./generic-alias.js";
import { intValue, noKw, typeName } from "./helpers.js";
import { tupleIter } from "./iterators.js";
import { reprContainer, sequenceCompare } from "./list-methods.js";
import { PySlice } from "./misc.js";
import { defineClassMethods, defineMethods, defineStatic } from "./native.js";
import { CMP_DUNDER, EQ, GE, GT, LE, LT, NE, richCompareBool } from "./ops/compare.js";
import { indexSize, repr } from "./ops/convert.js";
import { hash } from "./ops/hash.js";
import { markSequenceSlots, repeatCount } from "./ops/sequence-slots.js";
import { toArray, toArrayFast } from "./ops/iter.js";
import { sliceIndices } from "./slice-type.js";
import type { Gen } from "./suspend.js";
import { EMPTY_TUPLE, PyTuple } from "./tuple.js";

function tv(self: PyValue): PyTuple {
  if (self instanceof PyTuple) return self;
  throw typeError(`descriptor requires a 'tuple' object but received a '${typeName(self)}'`);
}

export function makeTuple(cls: PyType, items: PyValue[]): PyTuple {
  if (cls === tupleType) return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
  return new PyTuple(items, cls);
}

function* getItem(t: Thread, self: PyValue, key: PyValue): Gen<PyValue> {
  const items = tv(self).items;
  if (key instanceof PySlice) {
    const r = yield* sliceIndices(t, key, items.length);
    // An exact tuple's full slice is the tuple itself (tuplesubscript).
    if (r.step === 1 && r.length === items.length && typeOf(self) === tupleType) return self;
    if (r.step === 1) return makeTuple(tupleType, items.slice(r.start, r.start + r.length));
    const out: PyValue[] = [];
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out.push(items[j]!);
    return makeTuple(tupleType, out);
  }
  const iv = intValue(key);
  let i: number;
  if (iv !== undefined) {
    if (typeof iv === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
    i = iv;
  } else if (typeOf(key).lookup("__index__") !== null) i = yield* indexSize(t, key);
  else throw typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
  return items[i]!;
}

export function initTupleMethods(): void {
  defineStatic(tupleType, {
    __new__: {
      gen: function* (t, _self, args, kwnames) {
        noKw("tuple", kwnames);
        const cls = args[0] as PyType;
        if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
        if (args.length === 1) return makeTuple(cls, []);
        const src = args[1]!;
        if (cls === tupleType && src instanceof PyTuple && src.type === tupleType) return src;
        return makeTuple(cls, yield* toArray(t, src));
      },
    },
  });
  // tuple(x) of a list, tuple or built-in iterable whose items need no Python code: made
  // directly, as tuple_new would (no type_call, no generator).
  tupleType.callFast = (_t, _cls, args, kw) => {
    if (kw !== null || args.length > 1) return undefined;
    if (args.length === 0) return EMPTY_TUPLE;
    const src = args[0]!;
    if (src instanceof PyTuple && src.type === tupleType) return src;
    const items = toArrayFast(src);
    return items === undefined ? undefined : makeTuple(tupleType, items);
  };
  const m: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: {
      gen: (t, self) => {
        const tp = tv(self);
        return reprContainer(t, tp, "(", ")", tp.items, "(...)", true);
      },
    },
    __len__: (_t, self) => tv(self).items.length,
    __getitem__: { gen: (t, self, args) => getItem(t, self, args[0]!) },
    __contains__: {
      gen: function* (t, self, args) {
        for (const v of tv(self).items) if (yield* richCompareBool(t, v, args[0]!, EQ)) return true;
        return false;
      },
    },
    __iter__: (_t, self) => tupleIter(tv(self)),
    __hash__: { gen: (t, self) => hash(t, new PyTuple(tv(self).items)) },
    __add__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyTuple))
        throw typeError(`can only concatenate tuple (not "${typeName(o)}") to tuple`);
      // tupleconcat returns an exact tuple operand unchanged when the other is empty.
      if (o.items.length === 0 && typeOf(self) === tupleType) return self;
      if (tv(self).items.length === 0 && typeOf(o) === tupleType) return o;
      return makeTuple(tupleType, tv(self).items.concat(o.items));
    },
    __mul__: {
      gen: function* (t, self, args) {
        return repeat(tv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __rmul__: {
      gen: function* (t, self, args) {
        return repeat(tv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __getnewargs__: (_t, self) => new PyTuple([new PyTuple(tv(self).items)]),
    __sizeof__: (_t, self) => 24 + 8 * tv(self).items.length,
    index: {
      gen: function* (t, self, args) {
        const items = tv(self).items;
        let start = 0;
        let stop = items.length;
        if (args[1] !== undefined) {
          start = yield* indexSize(t, args[1]);
          if (start < 0) start = Math.max(0, start + items.length);
        }
        if (args[2] !== undefined) {
          stop = yield* indexSize(t, args[2]);
          if (stop < 0) stop = Math.max(0, stop + items.length);
        }
        for (let i = start; i < stop && i < items.length; i++) {
          if (yield* richCompareBool(t, items[i]!, args[0]!, EQ)) return i;
        }
        throw valueError("tuple.index(x): x not in tuple");
      },
    },
    count: {
      gen: function* (t, self, args) {
        let n = 0;
        for (const v of tv(self).items) if (yield* richCompareBool(t, v, args[0]!, EQ)) n++;
        return n;
      },
    },
  };
  const cmp = (op: number) =>
    function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
      const o = args[0]!;
      if (!(o instanceof PyTuple)) return NotImplemented;
      return yield* sequenceCompare(t, tv(self).items, o.items, op);
    };
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (m[CMP_DUNDER[op]!] = { gen: cmp(op) }));
  defineMethods(tupleType, m);
  markSequenceSlots(tupleType, ["__add__", "__mul__", "__rmul__"]);
  defineClassMethods(tupleType, {
    __class_getitem__: (_t, cls, args) => genericAlias(cls as PyType, args[0]!),
  });
  void repr;
}

/** tuplerepeat; a result too large to allocate is a MemoryError. */
function repeat(tp: PyTuple, k: number): PyValue {
  if ((tp.items.length === 0 || k === 1) && tp.type === tupleType) return tp;
  if (k <= 0 || tp.items.length === 0) return EMPTY_TUPLE;
  if (k * tp.items.length > 2 ** 32 - 1) throw newException(E.MemoryError);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (const v of tp.items) out.push(v);
  return makeTuple(tupleType, out);
}
