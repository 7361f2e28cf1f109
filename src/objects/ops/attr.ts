/**
 * Attribute access: PyObject_GetAttr / SetAttr / DelAttr and the built-in tp_getattro
 * implementations they dispatch to (generic objects, types, modules, super), with the
 * __getattribute__ / __getattr__ / __setattr__ / __delattr__ hooks of user classes.
 */
import type { Thread } from "../../vm/thread.js";
import { finalizerAdded } from "../../memory/active.js";
import type { PyType, PyValue } from "../core.js";
import {
  None,
  PyObject,
  moduleType,
  objectType,
  superType,
  typeOf,
  typeType,
  wrapperDescriptorType,
} from "../core.js";
import { PyDict, newInstanceDict } from "../dict.js";
import type { PyBaseException } from "../exceptions.js";
import { E, PyBaseException as PyExc, attributeError, typeError } from "../exceptions.js";
import { typeName } from "../helpers.js";
import { PyModule, PySuper } from "../misc.js";
import { PyFunction, PyMethod } from "../function.js";
import { PyBuiltin, PyGetSetDescr, PyMethodDescr } from "../native.js";
import type { Gen } from "../suspend.js";
import { call, callMethod } from "./call.js";
import { descrGet, descrSet, hasGet, isDataDescr } from "./descr.js";

/** An AttributeError carrying `name` and `obj` (used for "Did you mean" suggestions). */
export function noAttribute(obj: PyValue, name: string, message?: string): PyBaseException {
  const msg =
    message ??
    (obj instanceof PyObject && obj.type === typeType
      ? `type object '${(obj as PyType).name}' has no attribute '${name}'`
      : obj instanceof PyObject && obj.type.isSubtype(typeType)
        ? `type object '${(obj as PyType).name}' has no attribute '${name}'`
        : `'${typeName(obj)}' object has no attribute '${name}'`);
  const e = attributeError(msg);
  e.dict = new PyDict();
  e.dict.setStr("name", name);
  e.dict.setStr("obj", obj);
  return e;
}

function isAttributeError(e: unknown): e is PyBaseException {
  return e instanceof PyExc && e.type.isSubtype(E.AttributeError);
}

/** getattr(obj, name): raises AttributeError when missing. */
export function* getAttr(t: Thread, obj: PyValue, name: string): Gen<PyValue> {
  const fast = getAttrFast(obj, name, t);
  if (fast !== undefined && fast !== MISSING_ATTR) return fast;
  const r = yield* lookupAttr(t, obj, name, false);
  return r as PyValue;
}

/** getattr(obj, name, <missing>): undefined instead of AttributeError (_PyObject_LookupAttr). */
export function* getAttrOpt(t: Thread, obj: PyValue, name: string): Gen<PyValue | undefined> {
  // No thread: a getset's AttributeError must become "missing", which lookupAttr does.
  const fast = getAttrFast(obj, name);
  if (fast === MISSING_ATTR) return undefined;
  if (fast !== undefined) return fast;
  return yield* lookupAttr(t, obj, name, true);
}

/** getAttrFast's answer for an attribute that is certainly missing (no hook to ask). */
export const MISSING_ATTR: PyObject = new PyObject(objectType);

/**
 * getattr(obj, name) when it can be answered without running Python code and without raising:
 * the value, MISSING_ATTR when the lookup would raise AttributeError with no __getattr__ to
 * ask, or undefined to take the general path (lookupAttr). Covers PyObject_GenericGetAttr on
 * plain objects and modules without a module __getattr__: instance dict entries, plain class
 * attributes, functions (bound) and built-in methods; any other descriptor goes the general
 * way. getattr(o, name, default) and hasattr answer a missing attribute from MISSING_ATTR
 * without making an AttributeError and catching it. Attributes of classes (type_getattro) are
 * answered the same way. With a thread, built-in getset descriptors (`e.args`, `f.__name__`)
 * are read too: their getters run no Python code but may raise, so only a caller whose general
 * path would raise the same exception passes one (getAttr), not getAttrOpt or `getattr(o, n, d)`.
 */
export function getAttrFast(obj: PyValue, name: string, t: Thread | null = null): PyValue | undefined {
  const tp = typeOf(obj);
  if (tp === superType) return superAttrFast(obj as PySuper, name);
  const ga = tp.lookup("__getattribute__");
  if (!(ga instanceof PyMethodDescr) || ga.name !== "__getattribute__") return undefined;
  const k = ga.objclass;
  if (k !== objectType && k !== moduleType && k !== typeType) return undefined;
  if (tp.lookup("__getattr__") !== null) return undefined;
  if (k === typeType) return typeAttrFast(obj as PyType, name, t);
  const descr = tp.lookup(name);
  if (descr !== null && isDataDescr(descr)) {
    return t !== null && descr instanceof PyGetSetDescr ? descr.get(t, obj) : undefined;
  }
  if (typeof obj === "object" && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (descr === null) {
    // PEP 562: a module's own __getattr__ is asked before AttributeError.
    if (k === moduleType && (obj as PyModule).dict?.getStr("__getattr__") !== undefined) return undefined;
    return MISSING_ATTR;
  }
  if (!hasGet(descr)) return descr;
  if (descr instanceof PyFunction) return new PyMethod(descr, obj);
  if (descr instanceof PyMethodDescr && tp.isSubtype(descr.objclass)) {
    return new PyBuiltin(descr.impl, obj, descr.objclass, descr.type === wrapperDescriptorType);
  }
  return undefined;
}

/**
 * super_getattro's common cases (superGetAttr), as getAttrFast answers them: a plain value, a
 * function or a built-in method found after `thisType` in the MRO, bound as descrGet binds them.
 * Anything else (no MRO entry, another descriptor, `__class__`) takes the general path.
 */
export function superAttrFast(s: PySuper, name: string): PyValue | undefined {
  const start = s.objType;
  if (start === null || name === "__class__") return undefined;
  const mro = start.mro;
  let i = mro.indexOf(s.thisType!);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i]!.ns.get(name);
    if (v === undefined) continue;
    if (!hasGet(v)) return v;
    const inst = s.obj === start ? null : s.obj;
    if (v instanceof PyFunction) return inst === null ? v : new PyMethod(v, inst);
    if (v instanceof PyMethodDescr) {
      if (inst === null) return v;
      if (!typeOf(inst).isSubtype(v.objclass)) return undefined;
      return new PyBuiltin(v.impl, inst, v.objclass, v.type === wrapperDescriptorType);
    }
    return undefined;
  }
  return undefined;
}

/**
 * For LOAD_METHOD on `super()`: the Python function `super().name` would bind to the instance
 * (superAttrFast's PyMethod), which the loop calls with the instance as its first argument
 * instead of making the bound method; undefined in every other case.
 */
export function superMethodFast(s: PySuper, name: string): PyFunction | undefined {
  const start = s.objType;
  if (start === null || s.obj === start || name === "__class__") return undefined;
  const mro = start.mro;
  let i = mro.indexOf(s.thisType!);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i]!.ns.get(name);
    if (v !== undefined) return v instanceof PyFunction ? v : undefined;
  }
  return undefined;
}

/** type_getattro's cases that run no Python code, as getAttrFast answers them. */
function typeAttrFast(cls: PyType, name: string, t: Thread | null): PyValue | undefined {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) {
    return t !== null && metaAttr instanceof PyGetSetDescr ? metaAttr.get(t, cls) : undefined;
  }
  const attr = cls.lookup(name);
  if (attr !== null) {
    // A function read from its class is the function itself (func_descr_get with no instance).
    if (!hasGet(attr) || attr instanceof PyFunction) return attr;
    return undefined;
  }
  if (metaAttr !== null) return hasGet(metaAttr) ? undefined : metaAttr;
  return MISSING_ATTR;
}

function* lookupAttr(t: Thread, obj: PyValue, name: string, suppress: boolean): Gen<PyValue | undefined> {
  const tp = typeOf(obj);
  const ga = tp.lookup("__getattribute__");
  const hook = tp.lookup("__getattr__");
  let r: PyValue | undefined;
  try {
    if (ga instanceof PyMethodDescr && ga.name === "__getattribute__") {
      const k = ga.objclass;
      if (k === objectType) r = yield* genericGetAttr(t, obj, name, tp, suppress || hook !== null);
      else if (k === typeType) r = yield* typeGetAttr(t, obj as PyType, name, suppress || hook !== null);
      else if (k === moduleType)
        r = yield* moduleGetAttr(t, obj as PyModule, name, suppress || hook !== null);
      else if (k === superType) r = yield* superGetAttr(t, obj as PySuper, name, suppress || hook !== null);
      else r = yield* callMethod(t, ga, obj, [name]);
    } else if (ga !== null) {
      r = yield* callMethod(t, ga, obj, [name]);
    } else {
      r = yield* genericGetAttr(t, obj, name, tp, suppress || hook !== null);
    }
  } catch (e) {
    if (!isAttributeError(e) || (hook === null && !suppress)) throw e;
    r = undefined;
  }
  if (r !== undefined) return r;
  return yield* hookOrMiss(t, hook, obj, name, suppress, () => noAttribute(obj, name));
}

/**
 * The end of a lookup that missed (slot_tp_getattr_hook): the type's `__getattr__` answers if it
 * has one; else `miss()` is raised, or undefined is the answer when `suppress` (a getattr default,
 * hasattr).
 */
export function* hookOrMiss(
  t: Thread,
  hook: PyValue | null,
  obj: PyValue,
  name: PyValue,
  suppress: boolean,
  miss: () => unknown,
): Gen<PyValue | undefined> {
  if (hook !== null) {
    try {
      return yield* callMethod(t, hook, obj, [name]);
    } catch (e) {
      if (suppress && isAttributeError(e)) return undefined;
      throw e;
    }
  }
  if (suppress) return undefined;
  throw miss();
}

/** PyObject_GenericGetAttr; undefined when missing and `suppress`. */
export function* genericGetAttr(
  t: Thread,
  obj: PyValue,
  name: string,
  tp: PyType = typeOf(obj),
  suppress = false,
): Gen<PyValue | undefined> {
  const descr = tp.lookup(name);
  if (descr !== null && isDataDescr(descr)) return yield* descrGet(t, descr, obj, tp);
  if (typeof obj === "object" && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (descr !== null) {
    if (hasGet(descr)) return yield* descrGet(t, descr, obj, tp);
    return descr;
  }
  if (suppress) return undefined;
  throw noAttribute(obj, name);
}

/** type_getattro: the metatype's data descriptors, then the class MRO, then the metatype's others. */
export function* typeGetAttr(
  t: Thread,
  cls: PyType,
  name: string,
  suppress = false,
): Gen<PyValue | undefined> {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) return yield* descrGet(t, metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== null) {
    if (hasGet(attr)) return yield* descrGet(t, attr, null, cls);
    return attr;
  }
  if (metaAttr !== null) {
    if (hasGet(metaAttr)) return yield* descrGet(t, metaAttr, cls, meta);
    return metaAttr;
  }
  if (suppress) return undefined;
  throw noAttribute(cls, name);
}

/** module_getattro: generic lookup, then a module-level __getattr__ (PEP 562). */
export function* moduleGetAttr(
  t: Thread,
  m: PyModule,
  name: string,
  suppress = false,
): Gen<PyValue | undefined> {
  const v = yield* genericGetAttr(t, m, name, m.type, true);
  if (v !== undefined) return v;
  const hook = m.dict?.getStr("__getattr__");
  if (hook !== undefined) return yield* call(t, hook, [name]);
  if (suppress) return undefined;
  const modName = m.dict?.getStr("__name__");
  if (typeof modName === "string")
    throw noAttribute(m, name, `module '${modName}' has no attribute '${name}'`);
  throw noAttribute(m, name, `module has no attribute '${name}'`);
}

/** super_getattro: search the MRO of the object's type after `thisType`. */
export function* superGetAttr(
  t: Thread,
  s: PySuper,
  name: string,
  suppress = false,
): Gen<PyValue | undefined> {
  const start = s.objType;
  if (start !== null && name !== "__class__") {
    const mro = start.mro;
    let i = mro.indexOf(s.thisType!);
    if (i >= 0) {
      for (i++; i < mro.length; i++) {
        const v = mro[i]!.ns.get(name);
        if (v !== undefined) {
          if (hasGet(v)) return yield* descrGet(t, v, s.obj === start ? null : s.obj, start);
          return v;
        }
      }
    }
  }
  return yield* genericGetAttr(t, s, name, s.type, suppress);
}

/** setattr(obj, name, value) / delattr (value null). */
export function* setAttr(t: Thread, obj: PyValue, name: string, value: PyValue | null): Gen<void> {
  const tp = typeOf(obj);
  const hookName = value === null ? "__delattr__" : "__setattr__";
  const sa = tp.lookup(hookName);
  if (sa instanceof PyMethodDescr && sa.name === hookName) {
    const k = sa.objclass;
    if (k === objectType || k === moduleType) return yield* genericSetAttr(t, obj, name, value);
    if (k === typeType) return yield* typeSetAttr(t, obj as PyType, name, value);
  }
  if (sa === null) return yield* genericSetAttr(t, obj, name, value);
  yield* callMethod(t, sa, obj, value === null ? [name] : [name, value]);
}

/** PyObject_GenericSetAttr. */
export function* genericSetAttr(t: Thread, obj: PyValue, name: string, value: PyValue | null): Gen<void> {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  if (descr !== null && isDataDescr(descr)) return yield* descrSet(t, descr, obj, value);
  if (typeof obj === "object" && (obj.dict !== null || tp.hasDict)) {
    if (obj.dict === null) obj.dict = newInstanceDict(tp);
    if (value === null) {
      if (!obj.dict.deleteStr(name)) throw noAttribute(obj, name);
    } else {
      obj.dict.setStr(name, value);
    }
    return;
  }
  if (descr === null) throw noAttribute(obj, name);
  throw attributeError(`'${typeName(obj)}' object attribute '${name}' is read-only`);
}

/** type_setattro: heap types only; keeps the lookup caches right. */
export function* typeSetAttr(t: Thread, cls: PyType, name: string, value: PyValue | null): Gen<void> {
  if (!cls.isHeapType) {
    throw typeError(
      value === null
        ? `cannot delete '${name}' attribute of immutable type '${cls.name}'`
        : `cannot set '${name}' attribute of immutable type '${cls.name}'`,
    );
  }
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescr(metaAttr)) return yield* descrSet(t, metaAttr, cls, value);
  if (value === null) {
    if (!cls.deleteAttr(name)) throw noAttribute(cls, name);
  } else {
    cls.setAttr(name, value);
    if (name === "__del__") finalizerAdded(cls);
  }
}

/** hasattr-style check for a special method on the type only. */
export function typeHas(v: PyValue, name: string): boolean {
  return typeOf(v).lookup(name) !== null;
}

export { None };
