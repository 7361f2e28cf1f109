/**
 * Names and attributes for the eval loop: unbound-variable errors with 3.11's messages,
 * LOAD_NAME-family lookups through a frame's locals mapping, and the attribute fast paths
 * (plain instance attributes, methods, module globals) that skip the generic protocol.
 */
import type { PyCode } from "../objects/code.js";
import type { PyValue } from "../objects/core.js";
import {
  None,
  PyObject,
  PyType,
  dictType,
  moduleType,
  objectType,
  superType,
  typeOf,
  typeType,
} from "../objects/core.js";
import { PyDict, newInstanceDict } from "../objects/dict.js";
import { E, PyBaseException, newException } from "../objects/exceptions.js";
import { PyCell, PyFunction, PyMethod } from "../objects/function.js";
import { PyModule, type PySuper } from "../objects/misc.js";
import { PyBuiltin, PyMemberDescr, PyMethodDescr } from "../objects/native.js";
import { getAttr, setAttr, superAttrFast } from "../objects/ops/attr.js";
import { isDataDescr } from "../objects/ops/descr.js";
import { delItem, getItem, setItem } from "../objects/ops/subscript.js";
import type { Gen } from "../objects/suspend.js";
import type { Frame } from "./frame.js";
import type { Thread } from "./thread.js";
import { FastKind } from "../compiler/code.js";
import { active } from "../memory/active.js";

function unboundLocal(code: PyCode, index: number): PyBaseException {
  const name = code.localsplusNames[index]!;
  const e = newException(
    E.UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
  return e;
}

function unboundDeref(code: PyCode, index: number): PyBaseException {
  const name = code.localsplusNames[index]!;
  if (code.localsplusKinds[index]! & FastKind.FREE) {
    const e = newException(
      E.NameError,
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
    return withName(e, name);
  }
  return unboundLocal(code, index);
}

function withName(e: PyBaseException, name: string): PyBaseException {
  e.dict = new PyDict();
  e.dict.setStr("name", name);
  return e;
}

function notDefined(name: string): PyBaseException {
  return withName(newException(E.NameError, `name '${name}' is not defined`), name);
}

function isKeyError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtype(E.KeyError);
}

/** Looks a name up in a locals mapping; undefined when absent. */
function* mappingGet(t: Thread, locals: PyValue, name: string): Gen<PyValue | undefined> {
  if (locals instanceof PyDict && locals.type === dictType) return locals.getStr(name);
  try {
    return yield* getItem(t, locals, name);
  } catch (e) {
    if (isKeyError(e)) return undefined;
    throw e;
  }
}

function* loadName(t: Thread, f: Frame, name: string): Gen<PyValue> {
  if (f.locals === null) throw newException(E.SystemError, `no locals when loading '${name}'`);
  const v = yield* mappingGet(t, f.locals, name);
  if (v !== undefined) return v;
  const g = f.globals.getStr(name);
  if (g !== undefined) return g;
  const b = f.builtins.getStr(name);
  if (b !== undefined) return b;
  throw notDefined(name);
}

function* storeName(t: Thread, f: Frame, name: string, v: PyValue): Gen<PyValue> {
  if (f.locals === null) throw newException(E.SystemError, `no locals found when storing '${name}'`);
  if (f.locals instanceof PyDict && f.locals.type === dictType) {
    f.locals.setStr(name, v);
  } else {
    yield* setItem(t, f.locals, name, v);
  }
  return None;
}

function* deleteName(t: Thread, f: Frame, name: string): Gen<PyValue> {
  if (f.locals === null) throw newException(E.SystemError, `no locals when deleting '${name}'`);
  if (f.locals instanceof PyDict) {
    if (!f.locals.deleteStr(name)) throw notDefined(name);
    return None;
  }
  try {
    yield* delItem(t, f.locals, name);
  } catch (e) {
    if (isKeyError(e)) throw notDefined(name);
    throw e;
  }
  return None;
}

function* loadClassDeref(t: Thread, f: Frame, index: number): Gen<PyValue> {
  const name = f.code.localsplusNames[index]!;
  if (f.locals !== null) {
    const v = yield* mappingGet(t, f.locals, name);
    if (v !== undefined) return v;
  }
  const v = (f.slots[index] as PyCell).contents;
  if (v === null) throw unboundDeref(f.code, index);
  return v;
}

const enum Fact {
  /** object.__getattribute__ and no __getattr__. */
  GENERIC_GETATTR = 1,
  /** object.__setattr__. */
  GENERIC_SETATTR = 2,
  /** A heap type whose call can allocate directly and run its Python __init__ as a frame. */
  FAST_INIT = 4,
  /**
   * A heap type with object's __new__ and __init__ and no abstract methods: called without
   * arguments, type_call's whole work is allocating the instance.
   */
  PLAIN_NEW = 8,
}

/** The Fact bits of a type, recomputed after the type (or a base) changed. */
function facts(tp: PyType): number {
  if (tp.factsVersion === tp.version) return tp.facts;
  let f = 0;
  const ga = tp.lookup("__getattribute__");
  if (ga instanceof PyMethodDescr && ga.objclass === objectType && tp.lookup("__getattr__") === null)
    f |= Fact.GENERIC_GETATTR;
  const sa = tp.lookup("__setattr__");
  if (sa instanceof PyMethodDescr && sa.objclass === objectType) f |= Fact.GENERIC_SETATTR;
  if (tp.isHeapType) {
    const init = tp.lookup("__init__");
    const nw = tp.lookup("__new__");
    // object.__new__, or BaseException's (which also sets `args`: initFrame does that).
    if (
      init instanceof PyFunction &&
      !init.code.isGenLike &&
      ((nw instanceof PyBuiltin && nw.owner === objectType) || nw === E.BaseException.lookup("__new__"))
    )
      f |= Fact.FAST_INIT;
    if (
      nw === objectType.ns.get("__new__") &&
      init === objectType.ns.get("__init__") &&
      tp.ns.get("__abstractmethods__") === undefined
    )
      f |= Fact.PLAIN_NEW;
  }
  tp.facts = f;
  tp.factsVersion = tp.version;
  return f;
}

/** Does the type use object's attribute lookup with no __getattr__ hook. */
function genericGetattr(tp: PyType): boolean {
  return (facts(tp) & Fact.GENERIC_GETATTR) !== 0;
}

/** Does the type use object's attribute assignment. */
function genericSetattr(tp: PyType): boolean {
  return (facts(tp) & Fact.GENERIC_SETATTR) !== 0;
}

/** obj.name without calling Python code, or undefined to take the general path. */
function loadAttrFast(obj: PyValue, name: string): PyValue | undefined {
  if (typeof obj !== "object") return undefined;
  const tp = obj.type;
  if (tp === moduleType) return (obj as PyModule).dict!.getStr(name);
  if (tp === superType) return superAttrFast(obj as PySuper, name);
  if (obj instanceof PyType) {
    if (tp !== typeType || name.charCodeAt(0) === 95 /* _ */) return undefined;
    const attr = obj.lookup(name);
    if (attr === null) return undefined;
    if (typeof attr !== "object" || attr instanceof PyFunction || attr instanceof PyBuiltin) return attr;
    return undefined;
  }
  if (!genericGetattr(tp)) return undefined;
  const descr = tp.lookup(name);
  if (descr === null) return obj.dict === null ? undefined : obj.dict.getStr(name);
  if (descr instanceof PyFunction) {
    const own = obj.dict === null ? undefined : obj.dict.getStr(name);
    return own ?? new PyMethod(descr, obj);
  }
  if (typeof descr !== "object") {
    const own = obj.dict === null ? undefined : obj.dict.getStr(name);
    return own ?? descr;
  }
  if (descr instanceof PyMemberDescr && (descr.objclass === tp || tp.isSubtype(descr.objclass))) {
    // A __slots__ member (a data descriptor: it wins over the instance dict). Unset: slow path.
    const v = obj.memberSlots === null ? undefined : obj.memberSlots[descr.index];
    return v === null ? undefined : v;
  }
  return undefined;
}

/** For LOAD_METHOD: the unbound method when obj.name is a plain method of its type. */
function loadMethodFast(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  if (typeof obj === "object") {
    if (obj instanceof PyType || tp === moduleType) return undefined;
    if (!genericGetattr(tp)) return undefined;
  }
  const descr = tp.lookup(name);
  if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
    if (typeof obj === "object" && obj.dict !== null && obj.dict.hasStr(name)) return undefined;
    return descr;
  }
  return undefined;
}

/** obj.name = v into the instance dict when nothing on the type intercepts it. */
function storeAttrFast(obj: PyValue, name: string, v: PyValue): boolean {
  if (!(obj instanceof PyObject) || obj instanceof PyType) return false;
  const tp = obj.type;
  if ((facts(tp) & Fact.GENERIC_SETATTR) === 0) return false;
  const member = tp.lookup(name);
  if (
    member instanceof PyMemberDescr &&
    !member.readonly_ &&
    (member.objclass === tp || tp.isSubtype(member.objclass))
  ) {
    if (obj.memberSlots === null) obj.memberSlots = new Array<PyValue | null>(tp.nslots).fill(null);
    obj.memberSlots[member.index] = v;
    return true;
  }
  if (!tp.hasDict) return false;
  if (member !== null && isDataDescr(member)) return false;

  if (obj.dict === null) {
    obj.dict = newInstanceDict(tp);
    active.inlineDict?.();
  }
  obj.dict.setStr(name, v);
  return true;
}

/** Can calling this class allocate directly and run its Python __init__ as a frame. */
function canFastInit(cls: PyType): boolean {
  return (facts(cls) & Fact.FAST_INIT) !== 0;
}

/** Is calling this class without arguments only allocating an instance (object_new, object_init). */
function isPlainNew(cls: PyType): boolean {
  return (facts(cls) & Fact.PLAIN_NEW) !== 0;
}

export const nameOps = {
  unboundLocal,
  unboundDeref,
  notDefined,
  loadName,
  storeName,
  deleteName,
  loadClassDeref,
  loadAttrFast,
  loadMethodFast,
  storeAttrFast,
  canFastInit,
  isPlainNew,
  genericGetattr,
  genericSetattr,
  getAttr,
  setAttr: function* (t: Thread, obj: PyValue, name: string, v: PyValue | null): Gen<PyValue> {
    yield* setAttr(t, obj, name, v);
    return None;
  },
};
