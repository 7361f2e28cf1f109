/** The methods of `dict` and its views (Objects/dictobject.c). */
import type { Thread } from "../vm/thread.js";
import type { PyType, PyValue } from "./core.js";
import { None, NotImplemented, PyObject, defineBuiltinType, dictType, typeOf } from "./core.js";
import { PyDict, fastKeyOf } from "./dict.js";
import { dictEqualFast } from "./dict-equal.js";
import { E, PyBaseException, keyError, newException, typeError, valueError } from "./exceptions.js";
import { genericAlias } from "./generic-alias.js";
import { noArgs, typeName } from "./helpers.js";
import { PyDictIter } from "./iterators.js";
import { PyMappingProxy } from "./misc.js";
import { reprContainer } from "./list-methods.js";
import { defineClassMethods, defineGetSets, defineMethods } from "./native.js";
import type { Kw } from "./native.js";
import { call, callMethod } from "./ops/call.js";
import { EQ, richCompareBool } from "./ops/compare.js";
import { repr } from "./ops/convert.js";
import { getIter, iterNext, toArray } from "./ops/iter.js";
import { getItem } from "./ops/subscript.js";
import { PySet, addKey, newSet } from "./set.js";
import { isSubset, setBinary } from "./set-methods.js";
import { STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { fastRaise } from "./raised.js";

/** dict.get/pop/setdefault's arguments: one or two, positional only (METH_FASTCALL clinic). */
function argCount(name: string, args: PyValue[], kw: Kw): void {
  if (kw !== null && kw.length > 0) throw typeError(`dict.${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 2) throw typeError(`${name} expected at most 2 arguments, got ${args.length}`);
}

function dv(self: PyValue): PyDict {
  if (self instanceof PyDict) return self;
  throw typeError(`descriptor requires a 'dict' object but received a '${typeName(self)}'`);
}

/** PyMapping_Check as DICT_UPDATE uses it: dicts, or anything with keys() and __getitem__. */
export function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  const tp = typeOf(v);
  return tp.lookup("keys") !== null && tp.lookup("__getitem__") !== null;
}

/** dict.update(other) for a mapping or an iterable of pairs (dict_update_arg / merge). */
export function* dictUpdate(t: Thread, d: PyDict, other: PyValue): Gen<void> {
  if (other instanceof PyDict && typeOf(other).lookup("__iter__") === dictType.ns.get("__iter__")) {
    for (const [k, v] of [...other.entries()]) yield* d.set(t, k, v);
    return;
  }
  const keysM = typeOf(other).lookup("keys");
  if (keysM !== null) {
    const keys = yield* toArray(t, yield* callMethod(t, keysM, other, []));
    for (const k of keys) yield* d.set(t, k, yield* getItem(t, other, k));
    return;
  }
  yield* mergeFromSeq2(t, d, other);
}

function* mergeFromSeq2(t: Thread, d: PyDict, seq: PyValue): Gen<void> {
  const it = yield* getIter(t, seq);
  for (let i = 0; ; i++) {
    const item = yield* iterNext(t, it);
    if (item === STOP) return;
    let pair: PyValue[];
    try {
      pair = yield* toArray(t, item);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(E.TypeError)) {
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      throw e;
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    yield* d.set(t, pair[0]!, pair[1]!);
  }
}

function* dictInit(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
): Gen<PyValue> {
  const d = dv(self);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`dict expected at most 1 argument, got ${npos}`);
  if (npos === 1) yield* dictUpdate(t, d, args[0]!);
  for (let i = 0; i < nkw; i++) yield* d.set(t, kwnames![i]!, args[npos + i]!);
  return None;
}

function* dictGetItem(t: Thread, self: PyValue, key: PyValue): Gen<PyValue> {
  const d = dv(self);
  const v = yield* d.get(t, key);
  if (v !== undefined) return v;
  if (d.type !== dictType) {
    const missing = d.type.lookup("__missing__");
    if (missing !== null) return yield* callMethod(t, missing, d, [key]);
  }
  throw keyError(key);
}

function* dictRepr(t: Thread, self: PyValue): Gen<PyValue> {
  const d = dv(self);
  if (t.reprActive.has(d)) return "{...}";
  t.reprActive.add(d);
  try {
    const parts: string[] = [];
    for (const [k, v] of [...d.entries()]) parts.push(`${yield* repr(t, k)}: ${yield* repr(t, v)}`);
    return `{${parts.join(", ")}}`;
  } finally {
    t.reprActive.delete(d);
  }
}

/** dict_equal: same size, every key present in the other with an equal value. */
function* dictEqual(t: Thread, a: PyDict, b: PyDict): Gen<boolean> {
  if (a.size !== b.size) return false;
  // Dicts of built-in values (json.loads' output) compare without a generator per item.
  const fast = dictEqualFast(a, b, 0);
  if (fast !== undefined) return fast;
  for (const [k, v] of [...a.entries()]) {
    const w = yield* b.get(t, k);
    if (w === undefined) return false;
    if (!(yield* richCompareBool(t, v, w, EQ))) return false;
  }
  return true;
}

// ---- views ----

export const dictKeysType = defineBuiltinType("dict_keys", { subclassable: false });
export const dictValuesType = defineBuiltinType("dict_values", { subclassable: false });
export const dictItemsType = defineBuiltinType("dict_items", { subclassable: false });

export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    readonly d: PyDict,
    readonly kind: "keys" | "values" | "items",
  ) {
    super(type);
  }
}

function view(self: PyValue): PyDictView {
  if (self instanceof PyDictView) return self;
  throw typeError("expected a dict view");
}

function viewItems(v: PyDictView): PyValue[] {
  if (v.kind === "keys") return v.d.keyList();
  if (v.kind === "values") return v.d.valueList();
  return [...v.d.entries()].map(([k, x]) => new PyTuple([k, x]));
}

function* viewContains(t: Thread, v: PyDictView, x: PyValue): Gen<boolean> {
  if (v.kind === "keys") return (yield* v.d.find(t, x)) >= 0;
  if (v.kind === "items") {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const val = yield* v.d.get(t, x.items[0]!);
    return val !== undefined && (yield* richCompareBool(t, val, x.items[1]!, EQ));
  }
  for (const val of v.d.valueList()) if (yield* richCompareBool(t, val, x, EQ)) return true;
  return false;
}

function* viewAsSet(t: Thread, v: PyValue): Gen<PySet> {
  const s = newSet();
  const items = v instanceof PyDictView ? viewItems(v) : yield* toArray(t, v);
  for (const x of items) yield* addKey(t, s, x);
  return s;
}

/** A view's <=, <, >= or > (superset: the other operand must be inside self; strict: sizes differ). */
function viewOrder(superset: boolean, strict: boolean) {
  return function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
    const o = args[0]!;
    if (!(o instanceof PySet || o instanceof PyDictView)) return NotImplemented;
    const a = yield* viewAsSet(t, self);
    const b = o instanceof PySet ? o : yield* viewAsSet(t, o);
    const [inner, outer] = superset ? [b, a] : [a, b];
    if (strict && inner.used >= outer.used) return false;
    return yield* isSubset(t, inner, outer);
  };
}

function initViews(): void {
  const common = (type: PyType, kind: "keys" | "values" | "items") => {
    defineMethods(type, {
      __len__: (_t, self) => view(self).d.size,
      __iter__: (_t, self) => new PyDictIter(view(self).d, kind),
      __reversed__: (_t, self) => new PyDictIter(view(self).d, kind, true),
      __repr__: {
        gen: function* (t, self) {
          const v = view(self);
          const items = viewItems(v);
          return yield* reprContainer(t, v, `${type.name}([`, "])", items, "...");
        },
      },
    });
    defineGetSets(type, { mapping: { get: (_t, self) => new PyMappingProxy(view(self).d) } });
  };
  common(dictKeysType, "keys");
  common(dictValuesType, "values");
  common(dictItemsType, "items");
  for (const type of [dictKeysType, dictItemsType]) {
    const setOp = (op: string, reflected: boolean) =>
      function* (t: Thread, self: PyValue, args: PyValue[]): Gen<PyValue> {
        const a = yield* viewAsSet(t, reflected ? args[0]! : self);
        const other = reflected ? self : args[0]!;
        const b = other instanceof PySet ? other : yield* viewAsSet(t, other);
        return yield* setBinary(t, a, b, op);
      };
    defineMethods(type, {
      __contains__: { gen: (t, self, args) => viewContains(t, view(self), args[0]!) },
      __and__: { gen: setOp("&", false) },
      __rand__: { gen: setOp("&", true) },
      __or__: { gen: setOp("|", false) },
      __ror__: { gen: setOp("|", true) },
      __sub__: { gen: setOp("-", false) },
      __rsub__: { gen: setOp("-", true) },
      __xor__: { gen: setOp("^", false) },
      __rxor__: { gen: setOp("^", true) },
      __eq__: {
        gen: function* (t, self, args) {
          const o = args[0]!;
          if (!(o instanceof PySet || o instanceof PyDictView)) return NotImplemented;
          const a = yield* viewAsSet(t, self);
          const b = o instanceof PySet ? o : yield* viewAsSet(t, o);
          return yield* setBinary(t, a, b, "==");
        },
      },
      __ne__: {
        gen: function* (t, self, args) {
          const o = args[0]!;
          if (!(o instanceof PySet || o instanceof PyDictView)) return NotImplemented;
          const a = yield* viewAsSet(t, self);
          const b = o instanceof PySet ? o : yield* viewAsSet(t, o);
          return !((yield* setBinary(t, a, b, "==")) as boolean);
        },
      },
      // dictview_richcompare: ordering is set inclusion, against sets and other views.
      __le__: { gen: viewOrder(false, false) },
      __lt__: { gen: viewOrder(false, true) },
      __ge__: { gen: viewOrder(true, false) },
      __gt__: { gen: viewOrder(true, true) },
      isdisjoint: {
        gen: function* (t, self, args) {
          for (const x of yield* toArray(t, args[0]!))
            if (yield* viewContains(t, view(self), x)) return false;
          return true;
        },
      },
    });
  }
  defineMethods(dictValuesType, {
    __contains__: { gen: (t, self, args) => viewContains(t, view(self), args[0]!) },
  });
}

export function initDictMethods(): void {
  const m: Record<string, Parameters<typeof defineMethods>[1][string]> = {
    __init__: { gen: dictInit },
    __repr__: { gen: dictRepr },
    __len__: (_t, self) => dv(self).size,
    __getitem__: { gen: (t, self, args) => dictGetItem(t, self, args[0]!) },
    __setitem__: {
      gen: function* (t, self, args) {
        yield* dv(self).set(t, args[0]!, args[1]!);
        return None;
      },
    },
    __delitem__: {
      gen: function* (t, self, args) {
        if ((yield* dv(self).delete(t, args[0]!)) === undefined) throw keyError(args[0]!);
        return None;
      },
    },
    __contains__: {
      gen: function* (t, self, args) {
        return (yield* dv(self).find(t, args[0]!)) >= 0;
      },
    },
    __iter__: (_t, self) => new PyDictIter(dv(self), "keys"),
    __reversed__: (_t, self) => new PyDictIter(dv(self), "keys", true),
    __eq__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyDict)) return NotImplemented;
        return yield* dictEqual(t, dv(self), o);
      },
    },
    __ne__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyDict)) return NotImplemented;
        return !(yield* dictEqual(t, dv(self), o));
      },
    },
    __or__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyDict)) return NotImplemented;
        const r = new PyDict();
        dv(self).copyInto(r);
        yield* dictUpdate(t, r, o);
        return r;
      },
    },
    __ror__: {
      gen: function* (t, self, args) {
        const o = args[0]!;
        if (!(o instanceof PyDict)) return NotImplemented;
        const r = new PyDict();
        o.copyInto(r);
        yield* dictUpdate(t, r, dv(self));
        return r;
      },
    },
    __ior__: {
      gen: function* (t, self, args) {
        yield* dictUpdate(t, dv(self), args[0]!);
        return self;
      },
    },
    __sizeof__: (_t, self) => 48 + 24 * dv(self).size,
    keys: (_t, self) => new PyDictView(dictKeysType, dv(self), "keys"),
    values: (_t, self) => new PyDictView(dictValuesType, dv(self), "values"),
    items: (_t, self) => new PyDictView(dictItemsType, dv(self), "items"),
    get: {
      fast: (_t, self, args, kw) => {
        if (kw !== null || args.length < 1 || args.length > 2 || !(self instanceof PyDict) || !self.allFast)
          return undefined;
        const fk = fastKeyOf(args[0]!);
        if (fk === undefined) return undefined;
        return self.getFast(fk) ?? args[1] ?? None;
      },
      gen: function* (t, self, args, kw) {
        argCount("get", args, kw);
        const v = yield* dv(self).get(t, args[0]!);
        return v ?? args[1] ?? None;
      },
    },
    setdefault: {
      // A key hashed and compared without Python code, in a dict of such keys: no generator.
      fast: (_t, self, args, kw) => {
        if (kw !== null || args.length < 1 || args.length > 2 || !(self instanceof PyDict) || !self.allFast)
          return undefined;
        const key = args[0]!;
        const fk = fastKeyOf(key);
        if (fk === undefined) return undefined;
        const v = self.getFast(fk);
        if (v !== undefined) return v;
        const def = args[1] ?? None;
        self.setFast(key, fk, def);
        return def;
      },
      gen: function* (t, self, args, kw) {
        argCount("setdefault", args, kw);
        const d = dv(self);
        const v = yield* d.get(t, args[0]!);
        if (v !== undefined) return v;
        const def = args[1] ?? None;
        yield* d.set(t, args[0]!, def);
        return def;
      },
    },
    pop: {
      // A plain key of a dict of plain keys: no __hash__ or __eq__ can run. A missing key without
      // a default raises KeyError from here (raised.ts).
      fast: (_t, self, args, kw) => {
        if (kw !== null || args.length < 1 || args.length > 2 || !(self instanceof PyDict) || !self.allFast)
          return undefined;
        const k = args[0]!;
        let v: PyValue | undefined;
        if (self.size > 0) {
          const fk = fastKeyOf(k);
          if (fk === undefined) return undefined;
          v = self.deleteFast(fk);
        }
        if (v !== undefined) return v;
        return args.length > 1 ? args[1]! : fastRaise(keyError(k));
      },
      gen: function* (t, self, args, kw) {
        argCount("pop", args, kw);
        // _PyDict_Pop answers for an empty dict before hashing the key.
        if (dv(self).size === 0) {
          if (args.length > 1) return args[1]!;
          throw keyError(args[0]!);
        }
        const v = yield* dv(self).delete(t, args[0]!);
        if (v !== undefined) return v;
        if (args.length > 1) return args[1]!;
        throw keyError(args[0]!);
      },
    },
    popitem: (_t, self) => {
      const r = dv(self).popLast();
      if (r === undefined) throw newException(E.KeyError, "popitem(): dictionary is empty");
      return new PyTuple(r);
    },
    clear: (_t, self) => {
      dv(self).clear();
      return None;
    },
    copy: {
      // PyDict_Copy: the entries themselves, unless a subclass overrides __iter__ (dict_merge
      // then goes through keys() and __getitem__, which may run Python code).
      fast: (_t, self, args, kw) => {
        if (args.length > 0 || kw !== null) return undefined;
        const d = dv(self);
        if (d.size > 0 && d.type !== dictType && typeOf(d).lookup("__iter__") !== dictType.ns.get("__iter__"))
          return undefined;
        const r = new PyDict();
        d.copyInto(r);
        return r;
      },
      gen: function* (t, self, args, kw) {
        noArgs("dict.copy", args, kw);
        const d = dv(self);
        const r = new PyDict();
        if (d.size === 0) return r;
        if (typeOf(d).lookup("__iter__") === dictType.ns.get("__iter__")) d.copyInto(r);
        else yield* dictUpdate(t, r, d);
        return r;
      },
    },
    update: {
      gen: function* (t, self, args, kwnames) {
        const d = dv(self);
        const nkw = kwnames?.length ?? 0;
        const npos = args.length - nkw;
        if (npos > 1) throw typeError(`update expected at most 1 argument, got ${npos}`);
        if (npos === 1) yield* dictUpdate(t, d, args[0]!);
        for (let i = 0; i < nkw; i++) yield* d.set(t, kwnames![i]!, args[npos + i]!);
        return None;
      },
    },
  };
  defineMethods(dictType, m);
  dictType.ns.set("__hash__", None);
  defineClassMethods(dictType, {
    fromkeys: {
      gen: function* (t, cls, args) {
        const keys = yield* toArray(t, args[0]!);
        const value = args[1] ?? None;
        const d = yield* call(t, cls, []);
        if (d instanceof PyDict && d.type === dictType) {
          for (const k of keys) yield* d.set(t, k, value);
        } else {
          for (const k of keys) yield* callMethod(t, typeOf(d).lookup("__setitem__")!, d, [k, value]);
        }
        return d;
      },
    },
    __class_getitem__: (_t, cls, args) => genericAlias(cls as PyType, args[0]!),
  });
  initViews();
}
