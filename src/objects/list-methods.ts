/** The methods of `list` (Objects/listobject.c). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, floatType, listType, tupleType, typeOf } from "./core.js";
import {
  E,
  PyBaseException,
  indexError,
  newException,
  overflowError,
  typeError,
  valueError,
} from "./exceptions.js";
import { PyFloat } from "./float.js";
import { intValue, noKw, parseArgs, typeName } from "./helpers.js";
import { PyListIter, PyListRevIter, SyncIterator } from "./iterators.js";
import { PyList, listAppended, listExtended, listResized } from "./list.js";
import { PyRange, PySlice } from "./misc.js";
import { PyDict } from "./dict.js";
import { sequenceEqualFast } from "./dict-equal.js";
import { PySet } from "./set.js";
import type { Kw } from "./native.js";
import { defineClassMethods, defineMethods } from "./native.js";
import { call } from "./ops/call.js";
import {
  CMP_DUNDER,
  EQ,
  GE,
  GT,
  LE,
  LT,
  NE,
  richCompare,
  richCompareBool,
  strCompare,
} from "./ops/compare.js";
import { indexOf, indexSize, repr } from "./ops/convert.js";
import { getIter, getIterFast, iterNextInto, toArray } from "./ops/iter.js";
import { markSequenceSlots, repeatCount } from "./ops/sequence-slots.js";
import { sliceIndices } from "./slice-type.js";
import { fastRaise } from "./raised.js";
import { LIST_MODIFIED_DURING_SORT, listSortGen } from "./sort/timsort.js";
import { listSortSync } from "./sort/timsort-sync.generated.js";
import { STOP } from "./suspend.js";
import type { Gen, Request } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { genericAlias } from "./generic-alias.js";

/**
 * PySequence_Fast for slice assignment: a value that cannot be iterated gets list_ass_slice's or
 * list_ass_subscript's message; errors raised while iterating pass through.
 */
function* sequenceFast(t: Thread, value: PyValue, simple: boolean): Gen<PyValue[]> {
  let it: PyValue;
  try {
    it = yield* getIter(t, value);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === E.TypeError)
      throw typeError(simple ? "can only assign an iterable" : "must assign iterable to extended slice");
    throw e;
  }
  return yield* toArray(t, it);
}

function lv(self: PyValue): PyList {
  if (self instanceof PyList) return self;
  throw typeError(`descriptor requires a 'list' object but received a '${typeName(self)}'`);
}

/**
 * list.extend / += : appends every item of an iterable. Follows list_extend in listobject.c:
 * only an exact list or tuple is copied item by item (a subclass may override __iter__), and
 * `l.extend(l)` takes a snapshot first (PySequence_Fast, which iterates a subclass).
 */
export function* listExtend(t: Thread, l: PyList, iterable: PyValue): Gen<void> {
  const old = l.items.length;
  if (
    (iterable instanceof PyList && (iterable.type === listType || iterable === l)) ||
    (iterable instanceof PyTuple && iterable.type === tupleType)
  ) {
    const src = iterable === l && l.type !== listType ? yield* toArray(t, l) : iterable.items;
    const n = src.length;
    for (let i = 0; i < n; i++) l.items.push(src[i]!);
    listExtended(l, old, n, true, true);
    return;
  }
  const hint = lengthHint(iterable);
  const it = yield* getIter(t, iterable);
  const sink = (v: PyValue): boolean => {
    l.items.push(v);
    return true;
  };
  for (;;) {
    const v = yield* iterNextInto(t, it, sink);
    if (v === STOP) break;
    l.items.push(v);
  }
  listExtended(l, old, hint ?? 8, hint !== null, false);
}

/**
 * listExtend when no Python code can run (an exact list or tuple, or a built-in iterable with a
 * synchronous iterator: str, dict, set, range and their iterators): true when done.
 */
export function listExtendFast(l: PyList, iterable: PyValue): boolean {
  const old = l.items.length;
  if (
    (iterable instanceof PyList && iterable.type === listType) ||
    (iterable instanceof PyTuple && iterable.type === tupleType)
  ) {
    const src = iterable.items;
    const n = src.length;
    for (let i = 0; i < n; i++) l.items.push(src[i]!);
    listExtended(l, old, n, true, true);
    return true;
  }
  const it = getIterFast(iterable);
  if (!(it instanceof SyncIterator)) return false;
  const hint = lengthHint(iterable);
  for (let v = it.next(); v !== STOP; v = it.next()) l.items.push(v);
  listExtended(l, old, hint ?? 8, hint !== null, false);
  return true;
}

/** The length of a built-in sized iterable (for the list's allocation), or null. */
function lengthHint(v: PyValue): number | null {
  if (typeof v === "string") return v.length;
  if (v instanceof PyDict) return v.size;
  if (v instanceof PySet) return v.used;
  if (v instanceof PyRange && typeof v.length === "number") return v.length;
  return null;
}

/** Py_ReprEnter / Py_ReprLeave around the repr of a container. */
export function* reprContainer(
  t: Thread,
  self: PyValue & object,
  open: string,
  close: string,
  items: PyValue[],
  recursive: string,
  trailingComma = false,
): Gen<string> {
  if (t.reprActive.has(self)) return recursive;
  t.reprActive.add(self);
  try {
    const parts: string[] = [];
    for (const v of items) parts.push(yield* repr(t, v));
    return open + parts.join(", ") + (trailingComma && parts.length === 1 ? "," : "") + close;
  } finally {
    t.reprActive.delete(self);
  }
}

/** Sequence index from an int-like key: the adjusted position, or throws IndexError. */
function* seqIndex(t: Thread, key: PyValue, n: number, what: string): Gen<number> {
  const iv = intValue(key);
  let i: number;
  if (iv !== undefined) {
    if (typeof iv === "bigint") throw indexError(`cannot fit 'int' into an index-sized integer`);
    i = iv;
  } else if (typeOf(key).lookup("__index__") !== null) {
    i = yield* indexSize(t, key);
  } else {
    throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  return i < 0 ? i + n : i;
}

function* getItem(t: Thread, self: PyValue, key: PyValue): Gen<PyValue> {
  const l = lv(self);
  if (key instanceof PySlice) {
    const r = yield* sliceIndices(t, key, l.items.length);
    if (r.step === 1) return new PyList(l.items.slice(r.start, r.start + r.length));
    const out: PyValue[] = [];
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) out.push(l.items[j]!);
    return new PyList(out);
  }
  const i = yield* seqIndex(t, key, l.items.length, "list");
  if (i < 0 || i >= l.items.length) throw indexError("list index out of range");
  return l.items[i]!;
}

function* setItem(t: Thread, self: PyValue, key: PyValue, value: PyValue | null): Gen<PyValue> {
  const l = lv(self);
  if (key instanceof PySlice) {
    const r = yield* sliceIndices(t, key, l.items.length);
    if (value === null) {
      if (r.step === 1) l.items.splice(r.start, r.length);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = r.start; i < r.length; i++, j += r.step) drop.add(j);
        l.items = l.items.filter((_, i) => !drop.has(i));
      }
      return None;
    }
    const src = value === self ? l.items.slice() : yield* sequenceFast(t, value, r.step === 1);
    if (r.step === 1) {
      const stop = Math.max(r.start, r.stop);
      l.items.splice(r.start, stop - r.start, ...src);
      return None;
    }
    if (src.length !== r.length) {
      throw valueError(
        `attempt to assign sequence of size ${src.length} to extended slice of size ${r.length}`,
      );
    }
    for (let i = 0, j = r.start; i < r.length; i++, j += r.step) l.items[j] = src[i]!;
    return None;
  }
  const i = yield* seqIndex(t, key, l.items.length, "list");
  if (i < 0 || i >= l.items.length) {
    // CPython says "assignment" for `del l[i]` too (list_ass_item).
    throw indexError("list assignment index out of range");
  }
  if (value === null) l.items.splice(i, 1);
  else l.items[i] = value;
  return None;
}

/** list_richcompare: first differing item decides; otherwise the lengths. */
export function* sequenceCompare(t: Thread, a: PyValue[], b: PyValue[], op: number): Gen<PyValue> {
  if (op === EQ || op === NE) {
    if (a.length !== b.length) return op === NE;
    // Lists of built-in values (json.loads' output) compare without a generator per item.
    const fast = sequenceEqualFast(a, b, 0);
    if (fast !== undefined) return fast === (op === EQ);
  }
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!(yield* richCompareBool(t, a[i]!, b[i]!, EQ))) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    return op === LT
      ? c < 0
      : op === LE
        ? c <= 0
        : op === EQ
          ? c === 0
          : op === NE
            ? c !== 0
            : op === GT
              ? c > 0
              : c >= 0;
  }
  if (op === EQ) return false;
  if (op === NE) return true;
  return yield* richCompare(t, a[i]!, b[i]!, op);
}

/** A sync < for homogeneous built-in keys, or null when Python comparisons are needed. */
function fastLessThan(keys: PyValue[]): ((a: PyValue, b: PyValue) => boolean) | null {
  if (keys.length === 0) return (a, b) => a < b;
  const first = keys[0]!;
  if (typeof first === "number" || typeof first === "bigint") {
    for (const k of keys) if (typeof k !== "number" && typeof k !== "bigint") return null;
    return (a, b) => (a as number) < (b as number);
  }
  if (typeof first === "string") {
    for (const k of keys) if (typeof k !== "string") return null;
    return (a, b) => strCompare(a as string, b as string) < 0;
  }
  if (first instanceof PyFloat && first.type === floatType) {
    for (const k of keys) if (!(k instanceof PyFloat && k.type === floatType)) return null;
    return (a, b) => (a as PyFloat).value < (b as PyFloat).value;
  }
  return null;
}

/** list.sort(*, key=None, reverse=False) (listsort_impl). */
export function* listSort(t: Thread, self: PyValue, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const l = lv(self);
  if (args.length - (kwnames?.length ?? 0) > 0) throw typeError("sort() takes no positional arguments");
  const [keyV, revV] = parseArgs("sort", args, kwnames, ["key", "reverse"], 0, { kwOnlyFrom: 0 });
  const key = keyV === undefined || keyV === None ? null : keyV;
  const reverse = revV === undefined ? false : yield* truth(t, revV);
  // Detach the storage: the list looks empty while it is sorted.
  const items = l.items;
  l.items = [];
  let failure: unknown = null;
  try {
    if (key === null) {
      const lt = fastLessThan(items);
      if (lt !== null) listSortSync(items, null, reverse, lt);
      else
        yield* listSortGen<PyValue, PyValue, Request, PyValue>(items, null, reverse, (a, b) =>
          richCompareBool(t, a, b, LT),
        );
    } else {
      const k = key;
      yield* listSortGen<PyValue, PyValue, Request, PyValue>(
        items,
        (item) => call(t, k, [item]),
        reverse,
        (a, b) => richCompareBool(t, a, b, LT),
      );
    }
  } catch (e) {
    failure = e;
  }
  const modified = l.items.length > 0;
  l.items = items;
  if (failure !== null) throw failure;
  if (modified) throw valueError(LIST_MODIFIED_DURING_SORT);
  return None;
}

/** sort's `reverse` is an int in CPython's clinic signature. */
function* truth(t: Thread, v: PyValue): Gen<boolean> {
  return (yield* indexSize(t, v)) !== 0;
}

function* listIndex(t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
  const l = lv(self);
  if (args.length < 1) throw typeError(`index expected at least 1 argument, got ${args.length}`);
  const x = args[0]!;
  const n = l.items.length;
  let start = 0;
  let stop = n;
  if (args[1] !== undefined) {
    start = yield* indexSize(t, args[1]);
    if (start < 0) start = Math.max(0, start + n);
  }
  if (args[2] !== undefined) {
    stop = yield* indexSize(t, args[2]);
    if (stop < 0) stop = Math.max(0, stop + n);
  }
  for (let i = start; i < stop && i < l.items.length; i++) {
    if (yield* richCompareBool(t, l.items[i]!, x, EQ)) return i;
  }
  throw valueError(`${yield* repr(t, x)} is not in list`);
}

/** A METH_O method's argument check: "list.NAME() takes exactly one argument (N given)". */
function exactlyOne(name: string, args: PyValue[], kw: Kw): void {
  noKw(`list.${name}`, kw);
  if (args.length !== 1) throw typeError(`list.${name}() takes exactly one argument (${args.length} given)`);
}

export function initListMethods(): void {
  // list() and list(x) of a list, tuple or built-in iterable whose items need no Python code:
  // made directly, as list_new and list___init__ would (no type_call, no generators).
  listType.callFast = (_t, _cls, args, kw) => {
    if (kw !== null || args.length > 1) return undefined;
    const l = new PyList([]);
    return args.length === 0 || listExtendFast(l, args[0]!) ? l : undefined;
  };
  const m: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __init__: {
      gen: function* (t, self, args, kwnames) {
        noKw("list", kwnames);
        if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
        const l = lv(self);
        l.items = [];
        if (args.length === 1) yield* listExtend(t, l, args[0]!);
        return None;
      },
    },
    __repr__: { gen: (t, self) => reprContainer(t, lv(self), "[", "]", lv(self).items, "[...]") },
    __len__: (_t, self) => lv(self).items.length,
    __getitem__: { gen: (t, self, args) => getItem(t, self, args[0]!) },
    __setitem__: { gen: (t, self, args) => setItem(t, self, args[0]!, args[1]!) },
    __delitem__: { gen: (t, self, args) => setItem(t, self, args[0]!, null) },
    __contains__: {
      gen: function* (t, self, args) {
        for (const v of lv(self).items) if (yield* richCompareBool(t, v, args[0]!, EQ)) return true;
        return false;
      },
    },
    __iter__: (_t, self) => new PyListIter(lv(self)),
    __reversed__: (_t, self) => new PyListRevIter(lv(self)),
    // Sequence slots (see ops/sequence-slots.ts): these raise, the operators try others first.
    __add__: (_t, self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(o)}") to list`);
      return new PyList(lv(self).items.concat(o.items));
    },
    __iadd__: {
      gen: function* (t, self, args) {
        yield* listExtend(t, lv(self), args[0]!);
        return self;
      },
    },
    __mul__: {
      gen: function* (t, self, args) {
        return repeatList(lv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __rmul__: {
      gen: function* (t, self, args) {
        return repeatList(lv(self), yield* repeatCount(t, args[0]!));
      },
    },
    __imul__: {
      gen: function* (t, self, args) {
        const l = lv(self);
        l.items = repeatList(l, yield* repeatCount(t, args[0]!)).items;
        return self;
      },
    },
    __sizeof__: (_t, self) => 40 + 8 * lv(self).items.length,
    append: (_t, self, args, kw) => {
      noKw("list.append", kw);
      if (args.length !== 1)
        throw typeError(`list.append() takes exactly one argument (${args.length} given)`);
      const l = lv(self);
      l.items.push(args[0]!);
      listAppended(l);
      return None;
    },
    extend: {
      gen: function* (t, self, args) {
        if (args.length !== 1)
          throw typeError(`list.extend() takes exactly one argument (${args.length} given)`);
        yield* listExtend(t, lv(self), args[0]!);
        return None;
      },
    },
    insert: {
      gen: function* (t, self, args) {
        if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
        const l = lv(self);
        // The index is a C Py_ssize_t (Argument Clinic), so only ints beyond 64 bits overflow.
        const iv = yield* indexOf(t, args[0]!);
        if (typeof iv === "bigint" && (iv >= 2n ** 63n || iv < -(2n ** 63n)))
          throw overflowError("Python int too large to convert to C ssize_t");
        let i = Number(iv);
        const n = l.items.length;
        if (i < 0) i = Math.max(0, i + n);
        if (i > n) i = n;
        l.items.splice(i, 0, args[1]!);
        listResized(l, n);
        return None;
      },
    },
    pop: {
      // pop() and pop(int) need no generator (only an index with __index__ may run Python code),
      // and the last item is taken without splice's array.
      fast: (_t, self, args, kw) => {
        if (kw !== null && kw.length > 0) return undefined;
        const l = lv(self);
        const items = l.items;
        const n = items.length;
        let i: number;
        if (args.length === 0) i = n - 1;
        else if (args.length === 1 && typeof args[0] === "number") i = args[0] < 0 ? args[0] + n : args[0];
        else return undefined;
        if (n === 0 || i < 0 || i >= n)
          return fastRaise(indexError(n === 0 ? "pop from empty list" : "pop index out of range"));
        const v = i === n - 1 ? items.pop()! : items.splice(i, 1)[0]!;
        listResized(l, n);
        return v;
      },
      gen: function* (t, self, args, kw) {
        noKw("list.pop", kw);
        const l = lv(self);
        if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
        // The index is converted first (Argument Clinic's Py_ssize_t), then the list checked.
        let i = -1;
        if (args.length) {
          const iv = yield* indexOf(t, args[0]!);
          if (typeof iv === "bigint" && (iv >= 2n ** 63n || iv < -(2n ** 63n)))
            throw overflowError("Python int too large to convert to C ssize_t");
          i = Number(iv);
        }
        if (l.items.length === 0) throw indexError("pop from empty list");
        if (i < 0) i += l.items.length;
        if (i < 0 || i >= l.items.length) throw indexError("pop index out of range");
        const v = l.items.splice(i, 1)[0]!;
        listResized(l, l.items.length + 1);
        return v;
      },
    },
    remove: {
      gen: function* (t, self, args, kw) {
        exactlyOne("remove", args, kw);
        const l = lv(self);
        for (let i = 0; i < l.items.length; i++) {
          if (yield* richCompareBool(t, l.items[i]!, args[0]!, EQ)) {
            l.items.splice(i, 1);
            listResized(l, l.items.length + 1);
            return None;
          }
        }
        throw valueError("list.remove(x): x not in list");
      },
    },
    index: { gen: listIndex },
    count: {
      gen: function* (t, self, args, kw) {
        exactlyOne("count", args, kw);
        let n = 0;
        for (const v of lv(self).items) if (yield* richCompareBool(t, v, args[0]!, EQ)) n++;
        return n;
      },
    },
    clear: (_t, self) => {
      lv(self).items = [];
      lv(self).allocated = 0;
      return None;
    },
    copy: (_t, self) => new PyList(lv(self).items.slice()),
    reverse: (_t, self) => {
      lv(self).items.reverse();
      return None;
    },
    sort: { gen: listSort },
  };
  const cmp = (op: number) =>
    function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
      const o = args[0]!;
      if (!(o instanceof PyList)) return NotImplemented;
      return yield* sequenceCompare(t, lv(self).items, o.items, op);
    };
  [LT, LE, EQ, NE, GT, GE].forEach((op) => (m[CMP_DUNDER[op]!] = { gen: cmp(op) }));
  defineMethods(listType, m);
  markSequenceSlots(listType, ["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]);
  listType.ns.set("__hash__", None);
  defineClassMethods(listType, {
    __class_getitem__: (_t, cls, args) => genericAlias(cls as PyType, args[0]!),
  });
}

/** list_repeat; a result too large to allocate is a MemoryError, as list_repeat reports it. */
function repeatList(l: PyList, k: number): PyList {
  if (k <= 0 || l.items.length === 0) return new PyList([]);
  if (Number(k) * l.items.length > 2 ** 32 - 1) throw newException(E.MemoryError);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (const v of l.items) out.push(v);
  return new PyList(out);
}
