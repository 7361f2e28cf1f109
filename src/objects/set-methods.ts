/**
 * The methods of `set` and `frozenset` (Objects/setobject.c). Each algorithm walks the tables in
 * the same order as CPython's, so results come out in CPython's order.
 */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, dictType, frozensetType, setType, typeOf } from "./core.js";
import { PyDict } from "./dict.js";
import { E, PyBaseException, newException, typeError } from "./exceptions.js";
import { genericAlias } from "./generic-alias.js";
import { noKw, typeName } from "./helpers.js";
import { PySetIter } from "./iterators.js";
import { defineClassMethods, defineMethods, defineStatic } from "./native.js";
import { hash } from "./ops/hash.js";
import { getIter, iterNext, iterNextInto } from "./ops/iter.js";
import { reprContainer } from "./list-methods.js";
import {
  PySet,
  SET_DUMMY,
  NEEDS_PYTHON,
  addEntry,
  addKey,
  addNative,
  clearSet,
  containsKey,
  containsNative,
  discardEntry,
  discardKey,
  discardNative,
  elementHash,
  lookKey,
  merge,
  mergeDict,
  newSet,
  resize,
} from "./set.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { fastRaise } from "./raised.js";

function sv(self: PyValue): PySet {
  if (self instanceof PySet) return self;
  throw typeError(`descriptor requires a 'set' object but received a '${typeName(self)}'`);
}

/** set_update_internal. */
export function* setUpdateIterable(t: Thread, so: PySet, other: PyValue): Gen<void> {
  if (other instanceof PySet) return yield* merge(t, so, other);
  if (other instanceof PyDict && other.type === dictType) return yield* mergeDict(t, so, other);
  const it = yield* getIter(t, other);
  // Keys hashed and compared without Python code are added directly (a generator's too).
  const sink = (v: PyValue): boolean => addNative(so, v);
  for (;;) {
    const v = yield* iterNextInto(t, it, sink);
    if (v === STOP) return;
    if (!addNative(so, v)) yield* addKey(t, so, v);
  }
}

/** A new set of the base type of `like` (make_new_set_basetype). */
function newLike(like: PySet): PySet {
  return newSet(like.type.isSubtype(setType) ? setType : frozensetType);
}

function* copyOf(t: Thread, so: PySet): Gen<PySet> {
  const r = newLike(so);
  yield* merge(t, r, so);
  return r;
}

/** set_intersection. */
function* intersection(t: Thread, so: PySet, other: PyValue): Gen<PySet> {
  if (so === other) return yield* copyOf(t, so);
  const result = newLike(so);
  if (other instanceof PySet) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [key, h] of [...b.entries()]) {
      if ((yield* lookKey(t, a, key, h)) >= 0) yield* addEntry(t, result, key, h);
    }
    return result;
  }
  const it = yield* getIter(t, other);
  for (;;) {
    const key = yield* iterNext(t, it);
    if (key === STOP) break;
    const h = yield* elementHash(t, key);
    if ((yield* lookKey(t, so, key, h)) >= 0) {
      yield* addEntry(t, result, key, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

/** set_difference_update_internal. */
function* differenceUpdate(t: Thread, so: PySet, other: PyValue): Gen<void> {
  if (so === other) {
    clearSet(so);
    return;
  }
  if (other instanceof PySet) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = yield* intersection(t, so, o);
    for (const [key, h] of [...o.entries()]) yield* discardEntry(t, so, key, h);
  } else {
    const it = yield* getIter(t, other);
    for (;;) {
      const key = yield* iterNext(t, it);
      if (key === STOP) break;
      yield* discardKey(t, so, key);
    }
  }
  if (so.fill - so.used > so.mask >> 2) resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference. */
function* difference(t: Thread, so: PySet, other: PyValue): Gen<PySet> {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.type === dictType) otherSize = other.size;
  else {
    const r = yield* copyOf(t, so);
    yield* differenceUpdate(t, r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = yield* copyOf(t, so);
    yield* differenceUpdate(t, r, other);
    return r;
  }
  const result = newLike(so);
  for (const [key, h] of [...so.entries()]) {
    let present: boolean;
    if (other instanceof PySet) present = (yield* lookKey(t, other, key, h)) >= 0;
    else present = (yield* (other as PyDict).find(t, key)) >= 0;
    if (!present) yield* addEntry(t, result, key, h);
  }
  return result;
}

/** set_symmetric_difference_update. */
function* symmetricDifferenceUpdate(t: Thread, so: PySet, other: PyValue): Gen<void> {
  if (so === other) {
    clearSet(so);
    return;
  }
  let otherset: PySet;
  if (other instanceof PySet) otherset = other;
  else {
    otherset = newLike(so);
    yield* setUpdateIterable(t, otherset, other);
  }
  for (const [key, h] of [...otherset.entries()]) {
    if (!(yield* discardEntry(t, so, key, h))) yield* addEntry(t, so, key, h);
  }
}

export function* isSubset(t: Thread, so: PySet, other: PySet): Gen<boolean> {
  if (so.used > other.used) return false;
  for (const [key, h] of [...so.entries()]) if ((yield* lookKey(t, other, key, h)) < 0) return false;
  return true;
}

/** A binary set operator on two sets (used by dict views too). */
export function* setBinary(t: Thread, a: PySet, b: PySet, op: string): Gen<PyValue> {
  switch (op) {
    case "|": {
      const r = yield* copyOf(t, a);
      if (a !== b) yield* merge(t, r, b);
      return r;
    }
    case "&":
      return yield* intersection(t, a, b);
    case "-":
      return yield* difference(t, a, b);
    case "^": {
      const r = yield* copyOf(t, b);
      yield* symmetricDifferenceUpdate(t, r, a);
      return newTyped(a, r);
    }
    case "==":
      if (a.used !== b.used) return false;
      return yield* isSubset(t, a, b);
    default:
      throw newException(E.SystemError, `bad set op ${op}`);
  }
}

function newTyped(like: PySet, r: PySet): PySet {
  const want = like.type.isSubtype(setType) ? setType : frozensetType;
  if (r.type === want) return r;
  const out = newSet(want);
  out.table = r.table;
  out.hashes = r.hashes;
  out.mask = r.mask;
  out.fill = r.fill;
  out.used = r.used;
  return out;
}

function* setRepr(t: Thread, self: PyValue): Gen<PyValue> {
  const s = sv(self);
  const name = s.type.name;
  if (t.reprActive.has(s)) return `${name}(...)`;
  if (s.used === 0) return `${name}()`;
  const exact = s.type === setType;
  return yield* reprContainer(t, s, exact ? "{" : `${name}({`, exact ? "}" : "})", s.keys(), `${name}(...)`);
}

function binaryOp(op: string) {
  return function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
    const o = args[0]!;
    if (!(self instanceof PySet) || !(o instanceof PySet)) return NotImplemented;
    return yield* setBinary(t, self, o, op);
  };
}

function* multi(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kw: readonly string[] | null,
  name: string,
  step: (r: PySet, other: PyValue) => Gen<PySet | void>,
): Gen<PyValue> {
  noKw(name, kw);
  let r = yield* copyOf(t, sv(self));
  for (const o of args) {
    const next = yield* step(r, o);
    if (next) r = next;
  }
  return r;
}

/**
 * Runs op with key; when key is a set and op raises TypeError (unhashable), runs it again with
 * the equivalent frozenset, as set_discard_key / set_remove do.
 */
function* asFrozenKeyOnTypeError<T>(t: Thread, key: PyValue, op: (k: PyValue) => Gen<T>): Gen<T> {
  try {
    return yield* op(key);
  } catch (e) {
    if (!(
      key instanceof PySet &&
      key.type.isSubtype(setType) &&
      e instanceof PyBaseException &&
      e.type === E.TypeError
    ))
      throw e;
    const f = newSet(frozensetType);
    yield* merge(t, f, key);
    return yield* op(f);
  }
}

export function initSetMethods(): void {
  const common: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __repr__: { gen: setRepr },
    __len__: (_t, self) => sv(self).used,
    __iter__: (_t, self) => new PySetIter(sv(self)),
    __contains__: {
      fast: (_t, self, args, kw) =>
        kw === null && args.length === 1 && self instanceof PySet
          ? containsNative(self, args[0]!)
          : undefined,
      gen: function* (t, self, args) {
        const key = args[0]!;
        try {
          return yield* containsKey(t, sv(self), key);
        } catch (e) {
          // A set used as a key is looked up as the equivalent frozenset.
          if (
            key instanceof PySet &&
            key.type.isSubtype(setType) &&
            e instanceof PyBaseException &&
            e.type === E.TypeError
          ) {
            const f = newSet(frozensetType);
            yield* merge(t, f, key);
            return yield* containsKey(t, sv(self), f);
          }
          throw e;
        }
      },
    },
    __or__: { gen: binaryOp("|") },
    __ror__: {
      gen: function* (t, self, args) {
        return yield* binaryOp("|")(t, args[0]!, [self]);
      },
    },
    __and__: { gen: binaryOp("&") },
    __rand__: {
      gen: function* (t, self, args) {
        return yield* binaryOp("&")(t, args[0]!, [self]);
      },
    },
    __sub__: { gen: binaryOp("-") },
    __rsub__: {
      gen: function* (t, self, args) {
        return yield* binaryOp("-")(t, args[0]!, [self]);
      },
    },
    __xor__: { gen: binaryOp("^") },
    __rxor__: {
      gen: function* (t, self, args) {
        return yield* binaryOp("^")(t, args[0]!, [self]);
      },
    },
    __eq__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        return yield* setBinary(t, sv(self), o, "==");
      },
    },
    __ne__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        return !(yield* setBinary(t, sv(self), o, "=="));
      },
    },
    __le__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        return yield* isSubset(t, sv(self), o);
      },
    },
    __lt__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        if (sv(self).used >= o.used) return false;
        return yield* isSubset(t, sv(self), o);
      },
    },
    __ge__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        return yield* isSubset(t, o, sv(self));
      },
    },
    __gt__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PySet)) return NotImplemented;
        if (sv(self).used <= o.used) return false;
        return yield* isSubset(t, o, sv(self));
      },
    },
    __sizeof__: (_t, self) => 200 + 16 * (sv(self).mask + 1),
    copy: { gen: (t, self) => copyOf(t, sv(self)) },
    union: {
      gen: (t, self, args, kw) =>
        multi(t, self, args, kw, "union", function* (r, o) {
          if (o !== self) yield* setUpdateIterable(t, r, o);
        }),
    },
    intersection: {
      gen: function* (t, self, args, kw) {
        noKw("intersection", kw);
        if (args.length === 0) return yield* copyOf(t, sv(self));
        let r: PySet = sv(self);
        for (const o of args) r = yield* intersection(t, r, o);
        return r;
      },
    },
    difference: {
      gen: function* (t, self, args, kw) {
        noKw("difference", kw);
        if (args.length === 0) return yield* copyOf(t, sv(self));
        const r = yield* difference(t, sv(self), args[0]!);
        for (const o of args.slice(1)) yield* differenceUpdate(t, r, o);
        return r;
      },
    },
    symmetric_difference: {
      gen: function* (t, self, args) {
        if (args.length !== 1)
          throw typeError(`set.symmetric_difference() takes exactly one argument (${args.length} given)`);
        const other = newLike(sv(self));
        yield* setUpdateIterable(t, other, args[0]!);
        yield* symmetricDifferenceUpdate(t, other, self);
        return other;
      },
    },
    issubset: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (o instanceof PySet) return yield* isSubset(t, sv(self), o);
        const tmp = yield* intersection(t, sv(self), o);
        return tmp.used === sv(self).used;
      },
    },
    issuperset: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (o instanceof PySet) return yield* isSubset(t, o, sv(self));
        const it = yield* getIter(t, o);
        for (;;) {
          const v = yield* iterNext(t, it);
          if (v === STOP) return true;
          if (!(yield* containsKey(t, sv(self), v))) return false;
        }
      },
    },
    isdisjoint: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        const it = yield* getIter(t, o);
        for (;;) {
          const v = yield* iterNext(t, it);
          if (v === STOP) return true;
          if (yield* containsKey(t, sv(self), v)) return false;
        }
      },
    },
  };
  defineMethods(setType, {
    ...common,
    __init__: {
      gen: function* (t, self, args, kw) {
        noKw("set", kw);
        if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
        const s = sv(self);
        clearSet(s);
        if (args.length) yield* setUpdateIterable(t, s, args[0]!);
        return None;
      },
    },
    __ior__: {
      gen: function* (t, self, args) {
        if (!(args[0] instanceof PySet)) return NotImplemented;
        yield* setUpdateIterable(t, sv(self), args[0]);
        return self;
      },
    },
    __iand__: {
      gen: function* (t, self, args) {
        if (!(args[0] instanceof PySet)) return NotImplemented;
        swapBodies(sv(self), yield* intersection(t, sv(self), args[0]));
        return self;
      },
    },
    __isub__: {
      gen: function* (t, self, args) {
        if (!(args[0] instanceof PySet)) return NotImplemented;
        yield* differenceUpdate(t, sv(self), args[0]);
        return self;
      },
    },
    __ixor__: {
      gen: function* (t, self, args) {
        if (!(args[0] instanceof PySet)) return NotImplemented;
        yield* symmetricDifferenceUpdate(t, sv(self), args[0]);
        return self;
      },
    },
    add: {
      fast: (_t, self, args, kw) =>
        kw === null && args.length === 1 && self instanceof PySet && addNative(self, args[0]!)
          ? None
          : undefined,
      gen: function* (t, self, args) {
        yield* addKey(t, sv(self), args[0]!);
        return None;
      },
    },
    discard: {
      fast: (_t, self, args, kw) =>
        kw === null &&
        args.length === 1 &&
        self instanceof PySet &&
        discardNative(self, args[0]!) !== NEEDS_PYTHON
          ? None
          : undefined,
      gen: function* (t, self, args) {
        yield* asFrozenKeyOnTypeError(t, args[0]!, (k) => discardKey(t, sv(self), k));
        return None;
      },
    },
    remove: {
      fast: (_t, self, args, kw) => {
        if (kw !== null || args.length !== 1 || !(self instanceof PySet)) return undefined;
        const r = discardNative(self, args[0]!);
        if (r === 0) return fastRaise(newException(E.KeyError, args[0]!));
        return r === 1 ? None : undefined;
      },
      gen: function* (t, self, args) {
        const found = yield* asFrozenKeyOnTypeError(t, args[0]!, (k) => discardKey(t, sv(self), k));
        if (!found) throw newException(E.KeyError, args[0]!);
        return None;
      },
    },
    pop: (_t, self) => {
      const s = sv(self);
      if (s.used === 0) throw newException(E.KeyError, "pop from an empty set");
      let i = s.finger & s.mask;
      while (s.table[i] === null || s.table[i] === SET_DUMMY) {
        i++;
        if (i > s.mask) i = 0;
      }
      const key = s.table[i] as PyValue;
      s.table[i] = SET_DUMMY;
      s.hashes[i] = -1;
      s.used--;
      s.finger = i + 1;
      return key;
    },
    clear: (_t, self) => {
      clearSet(sv(self));
      return None;
    },
    update: {
      gen: function* (t, self, args) {
        for (const o of args) yield* setUpdateIterable(t, sv(self), o);
        return None;
      },
    },
    intersection_update: {
      gen: function* (t, self, args) {
        let r: PySet = sv(self);
        for (const o of args) r = yield* intersection(t, r, o);
        if (r !== self) swapBodies(sv(self), r);
        return None;
      },
    },
    difference_update: {
      gen: function* (t, self, args) {
        for (const o of args) yield* differenceUpdate(t, sv(self), o);
        return None;
      },
    },
    symmetric_difference_update: {
      gen: function* (t, self, args) {
        yield* symmetricDifferenceUpdate(t, sv(self), args[0]!);
        return None;
      },
    },
  });
  setType.ns.set("__hash__", None);
  defineMethods(frozensetType, {
    ...common,
    __hash__: { gen: (t, self) => hash(t, asExactFrozen(sv(self))) },
    copy: {
      gen: function* (t, self) {
        const s = sv(self);
        if (s.type === frozensetType) return s;
        return yield* copyOf(t, s);
      },
    },
  });
  defineStatic(frozensetType, {
    __new__: {
      gen: function* (t, _self, args, kw) {
        const cls = args[0] as PyType;
        if (cls === frozensetType) noKw("frozenset", kw);
        if (args.length > 2) throw typeError(`frozenset expected at most 1 argument, got ${args.length - 1}`);
        const src = args[1];
        if (cls === frozensetType && src instanceof PySet && src.type === frozensetType) return src;
        const s = newSet(cls);
        if (src !== undefined) yield* setUpdateIterable(t, s, src);
        return s;
      },
    },
  });
  defineClassMethods(setType, {
    __class_getitem__: (_t, cls, args) => genericAlias(cls as PyType, args[0]!),
  });
  defineClassMethods(frozensetType, {
    __class_getitem__: (_t, cls, args) => genericAlias(cls as PyType, args[0]!),
  });
  void typeOf;
}

function asExactFrozen(s: PySet): PySet {
  if (s.type === frozensetType) return s;
  const f = newSet(frozensetType);
  f.table = s.table;
  f.hashes = s.hashes;
  f.mask = s.mask;
  f.fill = s.fill;
  f.used = s.used;
  return f;
}

/** set_swap_bodies, as intersection_update uses it. */
function swapBodies(a: PySet, b: PySet): void {
  const { table, hashes, mask, fill, used } = a;
  a.table = b.table;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
  b.table = table;
  b.hashes = hashes;
  b.mask = mask;
  b.fill = fill;
  b.used = used;
  a.hashCache = null;
  b.hashCache = null;
}
