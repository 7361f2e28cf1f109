/**
 * `type`: calling a class (type_call), creating one (type_new: metaclass calculation, best base,
 * __slots__, C3 MRO, __set_name__, __init_subclass__), and the attributes of type objects.
 * Follows Objects/typeobject.c.
 */
import { watchInstances } from "../memory/active.js";
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import {
  None,
  PyObject,
  PyType,
  TypeFlags,
  c3Mro,
  mroErrorMessage,
  classmethodType,
  objectType,
  staticmethodType,
  typeOf,
  typeType,
} from "./core.js";
import { PyDict } from "./dict.js";
import { E, PyBaseException, attributeError, runtimeError, typeError, valueError } from "./exceptions.js";
import { exceptionCallFast } from "./exceptions-methods.js";
import { PyFunction } from "./function.js";
import { strValue, typeName } from "./helpers.js";
import { PyList } from "./list.js";
import { PyClassMethod, PyMappingProxy, PyStaticMethod } from "./misc.js";
import type { Kw } from "./native.js";
import {
  PyBuiltin,
  PyGetSetDescr,
  PyMemberDescr,
  defineGetSets,
  defineMethods,
  defineStatic,
} from "./native.js";
import { typeDir } from "./dir.js";
import { unionOf } from "./union.js";
import { instanceDictGetSet } from "./object-type.js";
import { noAttribute, typeGetAttr, typeSetAttr } from "./ops/attr.js";
import { call, callMethod, installTypeCall, splitKw } from "./ops/call.js";
import { descrGet } from "./ops/descr.js";
import { toArray } from "./ops/iter.js";
import type { Gen } from "./suspend.js";
import { PyTuple, tuple } from "./tuple.js";
import { isIdentifierStr } from "./unicode-props.js";

/** type.__call__: __new__, then __init__ when __new__ returned an instance of the class. */
export function* typeCall(t: Thread, cls: PyType, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  if (cls === typeType) {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]!);
    if (npos !== 3) throw typeError("type() takes 1 or 3 arguments");
  }
  const nw = cls.lookup("__new__");
  if (nw === null) throw typeError(`cannot create '${cls.name}' instances`);
  let obj: PyValue;
  if (nw instanceof PyBuiltin) {
    obj = nw.impl.gen
      ? yield* nw.impl.fn(t, nw.self ?? None, [cls, ...args], kwnames)
      : nw.impl.fn(t, nw.self ?? None, [cls, ...args], kwnames);
  } else {
    const f = nw instanceof PyStaticMethod ? nw.func : yield* descrGet(t, nw, null, cls);
    obj = yield* call(t, f, [cls, ...args], kwnames);
  }
  if (!typeOf(obj).isSubtype(cls)) return obj;
  const init = typeOf(obj).lookup("__init__");
  if (init !== null) {
    const r = yield* callMethod(t, init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
  return obj;
}

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** The layout-defining ancestor of a type (solid_base): the nearest one that changed the layout. */
function solidBase(t: PyType): PyType {
  const b = t.base;
  if (b === null) return t;
  if (t.alloc !== b.alloc || t.nslots !== b.nslots) return t;
  return solidBase(b);
}

function bestBase(bases: readonly PyType[]): PyType {
  let winner: PyType | null = null;
  let base: PyType | null = null;
  for (const b of bases) {
    if ((b.flags & TypeFlags.BASETYPE) === 0)
      throw typeError(`type '${b.name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtype(candidate)) {
      // keep
    } else if (candidate.isSubtype(winner)) {
      winner = candidate;
      base = b;
    } else {
      throw typeError("multiple bases have instance lay-out conflict");
    }
  }
  return base!;
}

/** type.__new__(meta, name, bases, namespace, **kwargs). */
export function* typeNew(t: Thread, meta: PyType, args: PyValue[], kwnames: Kw): Gen<PyValue> {
  const { pos } = splitKw(args, kwnames);
  if (pos.length === 1 && meta === typeType && (kwnames === null || kwnames.length === 0))
    return typeOf(pos[0]!);
  if (pos.length !== 3) throw typeError("type() takes 1 or 3 arguments");
  const [nameV, basesV, nsV] = pos as [PyValue, PyValue, PyValue];
  const name = strValue(nameV);
  if (name === undefined) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(nameV)}`);
  if (!(basesV instanceof PyTuple))
    throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(basesV)}`);
  if (!(nsV instanceof PyDict))
    throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(nsV)}`);
  const winner = calculateMetaclass(meta, basesV.items);
  if (winner !== meta) {
    const wn = winner.lookup("__new__");
    if (wn !== typeType.ns.get("__new__") && wn !== null)
      return yield* call(t, wn, [winner, ...args], kwnames);
    meta = winner;
  }
  let bases: PyType[] = [];
  for (const b of basesV.items) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases = [objectType];
  const base = bestBase(bases);
  const ns = nsV;

  // __slots__
  const slotsV = ns.getStr("__slots__");
  let slotNames: string[] | null = null;
  let addDict = !base.hasDict;
  let addWeakref = !base.weakrefable;
  if (slotsV !== undefined) {
    const items = typeof slotsV === "string" ? [slotsV] : yield* toArray(t, slotsV);
    slotNames = [];
    addDict = false;
    addWeakref = false;
    for (const it of items) {
      const s = strValue(it);
      if (s === undefined) throw typeError(`__slots__ items must be strings, not '${typeName(it)}'`);
      if (!isIdentifierStr(s)) throw typeError("__slots__ must be identifiers");
      if (s === "__dict__") {
        if (base.hasDict || addDict) throw typeError("__dict__ slot disallowed: we already got one");
        addDict = true;
        continue;
      }
      if (s === "__weakref__") {
        if (base.weakrefable || addWeakref)
          throw typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        addWeakref = true;
        continue;
      }
      const mangled = mangle(name, s);
      if (ns.hasStr(mangled)) throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
      slotNames.push(mangled);
    }
    slotNames.sort();
  }

  const cls = new PyType(meta, name, bases, TypeFlags.HEAPTYPE | TypeFlags.BASETYPE, base.alloc);
  cls.base = base;
  cls.hasDict = base.hasDict || addDict;
  cls.weakrefable = base.weakrefable || addWeakref;
  for (const b of bases) if (b.hasDict) cls.hasDict = true;
  const mro = c3Mro(cls, bases);
  if (mro === null) {
    throw typeError(mroErrorMessage());
  }
  cls.mro = mro;
  const customMro = meta.lookup("mro");
  if (customMro !== null && customMro !== typeType.ns.get("mro")) {
    const r = yield* toArray(t, yield* callMethod(t, customMro, cls, []));
    const custom: PyType[] = [];
    for (const x of r) {
      if (!(x instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeName(x)}')`);
      custom.push(x);
    }
    cls.mro = custom;
  }

  // Namespace: copied in order; __qualname__ and __classcell__ are consumed.
  let qualname: PyValue = name;
  let classcell: PyValue | undefined;
  for (const [k, v] of ns.entries()) {
    const key = strValue(k);
    if (key === undefined) continue;
    if (key === "__qualname__") {
      qualname = v;
      continue;
    }
    if (key === "__classcell__") {
      classcell = v;
      continue;
    }
    cls.ns.set(key, v);
  }
  if (typeof qualname !== "string")
    throw typeError(`type __qualname__ must be a str, not ${typeName(qualname)}`);
  cls.qualname = qualname;
  if (!cls.ns.has("__module__")) {
    const f = t.frame;
    const modName = f?.globals.getStr("__name__");
    if (modName !== undefined) cls.ns.set("__module__", modName);
  }
  // Plain functions in these slots are implicitly static / class methods.
  const nw = cls.ns.get("__new__");
  if (nw instanceof PyFunction) {
    const sm = new PyStaticMethod(staticmethodType);
    sm.func = nw;
    cls.ns.set("__new__", sm);
  }
  for (const implicitClassMethod of ["__init_subclass__", "__class_getitem__"]) {
    const f = cls.ns.get(implicitClassMethod);
    if (f instanceof PyFunction) {
      const cm = new PyClassMethod(classmethodType);
      cm.func = f;
      cls.ns.set(implicitClassMethod, cm);
    }
  }
  if (slotNames !== null) {
    let index = base.nslots;
    for (const s of slotNames) cls.ns.set(s, new PyMemberDescr(s, cls, index++));
    cls.nslots = index;
  } else {
    cls.nslots = base.nslots;
  }
  if (addDict && !base.hasDict)
    cls.ns.set(
      "__dict__",
      new PyGetSetDescr("__dict__", cls, instanceDictGetSet(cls).get, instanceDictGetSet(cls).set),
    );
  if (addWeakref && !base.weakrefable) {
    cls.ns.set("__weakref__", new PyGetSetDescr("__weakref__", cls, () => None, null));
  }
  if (!cls.ns.has("__doc__")) cls.ns.set("__doc__", None);
  // A class that defines __eq__ but not __hash__ is unhashable (type_new_set_hash).
  if (cls.ns.has("__eq__") && !cls.ns.has("__hash__")) cls.ns.set("__hash__", None);
  cls.modified();
  // Instances with a finalizer: their deaths are looked for (src/memory/).
  if (cls.lookup("__del__") !== null) watchInstances(cls);
  // An exception class made with type: its common calls need no generator (the fast path
  // checks at each call that __new__ and __init__ are still BaseException's).
  if (cls.type === typeType && cls.isSubtype(E.BaseException)) cls.callFast = exceptionCallFast;

  if (classcell !== undefined) {
    if (!(classcell instanceof PyObject && classcell.type.name === "cell")) {
      throw typeError(`__classcell__ must be a nonlocal cell, not ${typeName(classcell)}`);
    }
    (classcell as unknown as { contents: PyValue | null }).contents = cls;
  }

  // __set_name__ on every attribute that defines it.
  for (const [k, v] of [...cls.ns.entries()]) {
    const sn = typeOf(v).lookup("__set_name__");
    if (sn === null) continue;
    try {
      yield* callMethod(t, sn, v, [cls, k]);
    } catch (e) {
      if (e instanceof PyBaseException) {
        const r = runtimeError(`Error calling __set_name__ on '${typeName(v)}' instance '${k}' in '${name}'`);
        r.cause = e;
        r.context = e;
        r.suppressContext = true;
        throw r;
      }
      throw e;
    }
  }

  // super(cls, cls).__init_subclass__(**kwargs)
  const nkw = kwnames?.length ?? 0;
  const kwvals = args.slice(args.length - nkw);
  const parentInit = lookupAfter(cls, "__init_subclass__");
  if (parentInit !== null) {
    const bound = yield* descrGet(t, parentInit, cls, cls);
    yield* call(t, bound, kwvals, nkw ? kwnames : null);
  }
  return cls;
}

/** Looks a name up in the MRO after `cls` itself (what super(cls, cls).name finds). */
function lookupAfter(cls: PyType, name: string): PyValue | null {
  for (const t of cls.mro.slice(1)) {
    const v = t.ns.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/** Private name mangling (_Py_Mangle): __x in class A becomes _A__x. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

function typeRepr(cls: PyType): string {
  const mod = cls.ns.get("__module__");
  if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${cls.qualname}'>`;
  return `<class '${cls.qualname}'>`;
}

function asType(v: PyValue): PyType {
  if (!(v instanceof PyType))
    throw typeError(`descriptor requires a 'type' object but received '${typeName(v)}'`);
  return v;
}

/** isinstance / issubclass without hooks (recursive_isinstance / recursive_issubclass). */
export function isSubclassPlain(derived: PyType, cls: PyType): boolean {
  return derived.isSubtype(cls);
}

export function initTypeType(): void {
  installTypeCall(typeCall);
  defineStatic(typeType, {
    __new__: { gen: (t, _self, args, kw) => typeNew(t, asType(args[0]!), args.slice(1), kw) },
  });
  defineMethods(typeType, {
    __call__: { gen: (t, self, args, kw) => typeCall(t, asType(self), args, kw) },
    __init__: (_t, _self, args, kwnames) => {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos === 1 && kwnames && kwnames.length > 0)
        throw typeError("type.__init__() takes no keyword arguments");
      if (npos !== 1 && npos !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
      return None;
    },
    __repr__: (_t, self) => typeRepr(asType(self)),
    __getattribute__: {
      gen: function* (t, self, args) {
        const name = strValue(args[0]!);
        if (name === undefined) throw typeError(`attribute name must be string, not '${typeName(args[0]!)}'`);
        return (yield* typeGetAttr(t, asType(self), name))!;
      },
    },
    __setattr__: {
      gen: function* (t, self, args) {
        yield* typeSetAttr(t, asType(self), strValue(args[0]!)!, args[1]!);
        return None;
      },
    },
    __delattr__: {
      gen: function* (t, self, args) {
        yield* typeSetAttr(t, asType(self), strValue(args[0]!)!, null);
        return None;
      },
    },
    mro: (_t, self) => new PyList(asType(self).mro.slice()),
    __subclasses__: (_t, self) => new PyList(asType(self).subclasses()),
    __instancecheck__: (_t, self, args) => typeOf(args[0]!).isSubtype(asType(self)),
    __subclasscheck__: (_t, self, args) => {
      const sub = args[0]!;
      if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
      return sub.isSubtype(asType(self));
    },
    __dir__: (_t, self) => typeDir(asType(self)),
    __sizeof__: () => 880,
    __or__: {
      fn: (_t, self, args) => unionOf(self, args[0]!),
    },
    __ror__: {
      fn: (_t, self, args) => unionOf(args[0]!, self),
    },
  });
  typeType.ns.set(
    "__prepare__",
    new PyBuiltin({ name: "__prepare__", gen: false, fn: () => new PyDict() }, typeType, typeType),
  );
  defineGetSets(typeType, {
    __name__: {
      get: (_t, self) => asType(self).name,
      set: (_t, self, v) => {
        const cls = asType(self);
        if (!cls.isHeapType)
          throw typeError(`cannot set '__name__' attribute of immutable type '${cls.name}'`);
        const s = v === null ? undefined : strValue(v);
        if (s === undefined)
          throw typeError(
            `can only assign string to ${cls.name}.__name__, not '${v === null ? "NoneType" : typeName(v)}'`,
          );
        cls.name = s;
      },
    },
    __qualname__: {
      get: (_t, self) => asType(self).qualname,
      set: (_t, self, v) => {
        const cls = asType(self);
        const s = v === null ? undefined : strValue(v);
        if (s === undefined)
          throw typeError(
            `can only assign string to ${cls.name}.__qualname__, not '${v === null ? "NoneType" : typeName(v)}'`,
          );
        cls.qualname = s;
      },
    },
    __module__: {
      get: (_t, self) => {
        const cls = asType(self);
        const m = cls.ns.get("__module__");
        if (m !== undefined && cls.isHeapType) return m;
        return moduleOfBuiltin(cls);
      },
      set: (_t, self, v) => {
        asType(self).setAttr("__module__", v ?? None);
      },
    },
    __bases__: {
      get: (_t, self) => tuple(asType(self).bases.slice()),
      set: (_t, self, v) => {
        const cls = asType(self);
        if (!(v instanceof PyTuple) || v.items.length === 0)
          throw typeError(
            `can only assign non-empty tuple to ${cls.name}.__bases__, not ${v === null ? "NoneType" : typeName(v)}`,
          );
        const bases = v.items.map((b) => asType(b));
        const mro = c3Mro(cls, bases);
        if (mro === null) throw typeError(mroErrorMessage());
        for (const b of cls.bases) b.removeSubclass(cls);
        cls.bases = bases;
        for (const b of bases) b.addSubclass(cls);
        cls.mro = mro;
        cls.modified();
      },
    },
    __base__: { get: (_t, self) => asType(self).base ?? None },
    __mro__: { get: (_t, self) => tuple(asType(self).mro.slice()) },
    __dict__: { get: (_t, self) => new PyMappingProxy(asType(self)) },
    __doc__: {
      get: (_t, self) => {
        const cls = asType(self);
        const d = cls.ns.get("__doc__");
        if (d === undefined) return None;
        return d;
      },
    },
    __abstractmethods__: {
      get: (_t, self) => {
        const v = asType(self).ns.get("__abstractmethods__");
        if (v === undefined || self === typeType) throw attributeError("__abstractmethods__");
        return v;
      },
      set: (_t, self, v) => {
        const cls = asType(self);
        if (v === null) cls.deleteAttr("__abstractmethods__");
        else cls.setAttr("__abstractmethods__", v);
      },
    },
    __annotations__: {
      get: (_t, self) => {
        const cls = asType(self);
        const a = cls.ns.get("__annotations__");
        if (a !== undefined) return a;
        if (!cls.isHeapType) throw noAttribute(cls, "__annotations__");
        const d = new PyDict();
        cls.setAttr("__annotations__", d);
        return d;
      },
      set: (_t, self, v) => {
        const cls = asType(self);
        if (v === null) cls.deleteAttr("__annotations__");
        else cls.setAttr("__annotations__", v);
      },
    },
    __text_signature__: { get: () => None },
  });
}

/** __module__ of built-in types: 'builtins' unless the type belongs to a module. */
function moduleOfBuiltin(cls: PyType): string {
  const m = cls.ns.get("__module__");
  return typeof m === "string" ? m : "builtins";
}
