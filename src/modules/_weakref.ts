/**
 * The _weakref module (Modules/_weakref.c, Objects/weakrefobject.c): weakref.ref (subclassable,
 * with callbacks), proxies, getweakrefcount, getweakrefs. The references live in the memory
 * manager (src/memory/weakrefs.ts), which clears them and calls the callbacks when the referent
 * dies; a referent is watched, so its death is looked for between instructions.
 */
import type { PyValue } from "../objects/core.js";
import {
  None,
  NotImplemented,
  PyObject,
  PyType,
  asyncGeneratorType,
  coroutineType,
  defineBuiltinType,
  frozensetType,
  functionType,
  generatorType,
  methodType,
  setType,
  typeOf,
} from "../objects/core.js";
import { EXCEPTION_TYPES, newException, typeError } from "../objects/exceptions.js";
import type { Hash } from "../objects/dict.js";
import { hash } from "../objects/ops/hash.js";
import { PyDict } from "../objects/dict.js";
import { typeName } from "../objects/helpers.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/misc.js";
import { defineGetSets, defineMethods, defineStatic, nativeFunctions } from "../objects/native.js";
import { hexAddress } from "../objects/object-type.js";
import { call, callMethod } from "../objects/ops/call.js";
import { isTrue } from "../objects/ops/convert.js";
import type { Gen } from "../objects/suspend.js";
import { EQ, NE, richCompare } from "../objects/ops/compare.js";
import { getAttr, getAttrOpt, setAttr } from "../objects/ops/attr.js";
import { str } from "../objects/ops/convert.js";
import type { Interpreter } from "../vm/interpreter.js";
import type { Thread } from "../vm/thread.js";

export class PyWeakRef extends PyObject {
  referent: PyObject | null = null;
  callback: PyValue | null = null;
  hashCache: Hash | null = null;
}

export const refType = defineBuiltinType("weakref.ReferenceType", { alloc: (t) => new PyWeakRef(t) });
refType.name = "ReferenceType";
refType.qualname = "ReferenceType";
refType.ns.set("__module__", "weakref");
export const proxyType = defineBuiltinType("weakref.ProxyType", {
  subclassable: false,
  alloc: (t) => new PyWeakRef(t),
});
proxyType.name = "ProxyType";
proxyType.qualname = "ProxyType";
proxyType.ns.set("__module__", "weakref");
export const callableProxyType = defineBuiltinType("weakref.CallableProxyType", {
  subclassable: false,
  alloc: (t) => new PyWeakRef(t),
});
callableProxyType.name = "CallableProxyType";
callableProxyType.qualname = "CallableProxyType";
callableProxyType.ns.set("__module__", "weakref");

// Built-in types whose instances can be weakly referenced (they have tp_weaklistoffset).
for (const t of [
  functionType,
  methodType,
  setType,
  frozensetType,
  generatorType,
  coroutineType,
  asyncGeneratorType,
])
  t.weakrefable = true;

function checkReferent(o: PyValue): PyObject {
  if (!(o instanceof PyObject) || !typeOf(o).weakrefable)
    throw typeError(`cannot create weak reference to '${typeName(o)}' object`);
  return o;
}

function memoryOf(t: Thread): Interpreter["memory"] {
  return t.interp.memory;
}

/** weakref.ref(obj[, callback]): a callback-less exact ref is shared (get_basic_refs). */
function newRef(t: Thread, cls: PyType, obj: PyValue, callback: PyValue): PyWeakRef {
  const o = checkReferent(obj);
  const mem = memoryOf(t);
  const cb = callback === None ? null : callback;
  if (cb === null && cls === refType) {
    for (const r of mem.weakrefs.of(o)) if (r.type === refType && r.callback === null) return r as PyWeakRef;
  }
  const r = cls.alloc(cls) as PyWeakRef;
  r.referent = o;
  r.callback = cb;
  mem.watch(o);
  // A ref with a callback that dies first takes its callback with it: its death is watched.
  if (cb !== null) mem.watch(r);
  mem.weakrefs.add(o, r, cb === null && cls === refType);
  return r;
}

function newProxy(t: Thread, obj: PyValue, callback: PyValue): PyWeakRef {
  const o = checkReferent(obj);
  const mem = memoryOf(t);
  const cb = callback === None ? null : callback;
  const cls = typeOf(o).lookup("__call__") !== null ? callableProxyType : proxyType;
  if (cb === null)
    for (const r of mem.weakrefs.of(o)) if (r.type === cls && r.callback === null) return r as PyWeakRef;
  const r = new PyWeakRef(cls);
  r.referent = o;
  r.callback = cb;
  mem.watch(o);
  mem.weakrefs.add(o, r, cb === null);
  return r;
}

function referentOf(self: PyValue): PyObject | null {
  return (self as PyWeakRef).referent;
}

/** A proxy's referent, or ReferenceError. */
function live(self: PyValue): PyObject {
  const o = referentOf(self);
  if (o === null)
    throw newException(EXCEPTION_TYPES.get("ReferenceError")!, "weakly-referenced object no longer exists");
  return o;
}

function initRef(): void {
  defineStatic(refType, {
    __new__: (t, _self, args) => {
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeError("ReferenceType.__new__(X): X is not a type object");
      if (args.length < 2 || args.length > 3)
        throw typeError(`__new__ expected at most 2 arguments, got ${args.length - 1}`);
      return newRef(t, cls, args[1]!, args[2] ?? None);
    },
  });
  defineMethods(refType, {
    __init__: () => None,
    __call__: (_t, self) => referentOf(self) ?? None,
    __hash__: {
      gen: function* (t, self) {
        const r = self as PyWeakRef;
        if (r.hashCache !== null) return r.hashCache;
        if (r.referent === null) throw typeError("weak object has gone away");
        r.hashCache = yield* hash(t, r.referent);
        return r.hashCache;
      },
    },
    __eq__: { gen: (t, self, args) => refCompare(t, self, args[0]!, EQ) },
    __ne__: { gen: (t, self, args) => refCompare(t, self, args[0]!, NE) },
    __repr__: {
      gen: function* (t, self) {
        const o = referentOf(self);
        if (o === null) return `<weakref at ${hexAddress(self)}; dead>`;
        const name = yield* getAttrOpt(t, o, "__name__");
        const head = `<weakref at ${hexAddress(self)}; to '${typeOf(o).name}' at ${hexAddress(o)}`;
        return typeof name === "string" ? `${head} (${name})>` : `${head}>`;
      },
    },
    __class_getitem__: (_t, self) => self,
  });
  defineGetSets(refType, {
    __callback__: { get: (_t, self) => (self as PyWeakRef).callback ?? None },
  });
}

function* refCompare(t: Thread, self: PyValue, other: PyValue, op: number): Gen<PyValue> {
  if (!(other instanceof PyWeakRef) || !other.type.isSubtype(refType)) return NotImplemented;
  const a = referentOf(self);
  const b = other.referent;
  if (a === null || b === null) {
    const same = self === other;
    return op === EQ ? same : !same;
  }
  return yield* richCompare(t, a, b, op);
}

function initProxy(): void {
  for (const tp of [proxyType, callableProxyType]) {
    defineMethods(tp, {
      __getattribute__: { gen: (t, self, args) => getAttr(t, live(self), args[0] as string) },
      __setattr__: {
        gen: function* (t, self, args) {
          yield* setAttr(t, live(self), args[0] as string, args[1]!);
          return None;
        },
      },
      __repr__: (_t, self) => {
        const o = referentOf(self);
        return `<weakproxy at ${hexAddress(self)}; to '${o === null ? "NoneType" : typeOf(o).name}' at ${hexAddress(o ?? None)}>`;
      },
      __str__: { gen: (t, self) => str(t, live(self)) },
      __bool__: { gen: (t, self) => isTrueValue(t, live(self)) },
      __len__: forward("__len__"),
      __iter__: forward("__iter__"),
      __next__: forward("__next__"),
      __getitem__: forward("__getitem__"),
      __setitem__: forward("__setitem__"),
      __delitem__: forward("__delitem__"),
      __contains__: forward("__contains__"),
      __add__: forward("__add__"),
      __sub__: forward("__sub__"),
      __mul__: forward("__mul__"),
      __lt__: forward("__lt__"),
      __le__: forward("__le__"),
      __gt__: forward("__gt__"),
      __ge__: forward("__ge__"),
      __eq__: { gen: (t, self, args) => richCompare(t, live(self), unwrap(args[0]!), EQ) },
      __ne__: { gen: (t, self, args) => richCompare(t, live(self), unwrap(args[0]!), NE) },
      __hash__: () => {
        throw typeError(`unhashable type: 'weakref.ProxyType'`);
      },
    });
  }
  defineMethods(callableProxyType, {
    __call__: { gen: (t, self, args, kw) => call(t, live(self), args, kw) },
  });
}

/** A proxy slot: the referent's own special method, called with the proxy's arguments. */
function forward(name: string): { gen: (t: Thread, self: PyValue, args: PyValue[]) => Gen<PyValue> } {
  return {
    gen: function* (t, self, args) {
      const o = live(self);
      const d = typeOf(o).lookup(name);
      if (d === null) throw typeError(`'${typeName(o)}' object has no attribute '${name}'`);
      return yield* callMethod(t, d, o, args.map(unwrap));
    },
  };
}

function* isTrueValue(t: Thread, o: PyObject): Gen<PyValue> {
  return yield* isTrue(t, o);
}

function unwrap(v: PyValue): PyValue {
  if (v instanceof PyWeakRef && (v.type === proxyType || v.type === callableProxyType)) return live(v);
  return v;
}

let initialized = false;

export function makeWeakrefModule(interp: Interpreter): PyModule {
  if (!initialized) {
    initialized = true;
    initRef();
    initProxy();
  }
  void interp;
  const m = new PyModule("_weakref");
  const d = m.dict!;
  const functions = nativeFunctions("_weakref", {
    getweakrefcount: (t, _self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyObject)) return 0;
      return memoryOf(t).weakrefs.of(o).length;
    },
    getweakrefs: (t, _self, args) => {
      const o = args[0]!;
      if (!(o instanceof PyObject)) return new PyList([]);
      return new PyList(memoryOf(t).weakrefs.of(o).slice());
    },
    proxy: (t, _self, args) => newProxy(t, args[0]!, args[1] ?? None),
    _remove_dead_weakref: (_t, _self, args) => {
      const dict = args[0] as PyDict;
      const key = args[1]!;
      if (typeof key === "string") {
        const v = dict.getStr(key);
        if (v instanceof PyWeakRef && v.referent === null) dict.deleteStr(key);
      }
      return None;
    },
  });
  for (const [name, fn] of functions) d.setStr(name, fn);
  d.setStr("ref", refType);
  d.setStr("ReferenceType", refType);
  d.setStr("ProxyType", proxyType);
  d.setStr("CallableProxyType", callableProxyType);
  return m;
}
