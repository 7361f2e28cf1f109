/**
 * The descriptor protocol (Objects/descrobject.c, funcobject.c, typeobject.c): __get__ /
 * __set__ / __delete__ of the built-in descriptor kinds handled natively, anything else through
 * its type's dunder methods.
 */
import type { Thread } from "../../vm/thread.js";
import type { PyType, PyValue } from "../core.js";
import {
  None,
  classmethodType,
  propertyType,
  staticmethodType,
  typeOf,
  wrapperDescriptorType,
} from "../core.js";
import { attributeError, typeError } from "../exceptions.js";
import { PyFunction, PyMethod } from "../function.js";
import { typeName } from "../helpers.js";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../misc.js";
import { PyBuiltin, PyClassMethodDescr, PyGetSetDescr, PyMemberDescr, PyMethodDescr } from "../native.js";
import type { Gen } from "../suspend.js";
import { call } from "./call.js";

/** descr.__get__(obj, type); obj null means "looked up on the class". */
export function* descrGet(t: Thread, descr: PyValue, obj: PyValue | null, type: PyType): Gen<PyValue> {
  if (typeof descr !== "object") return descr;
  if (descr instanceof PyFunction) return obj === null ? descr : new PyMethod(descr, obj);
  if (descr instanceof PyMethodDescr) {
    if (obj === null) return descr;
    if (!typeOf(obj).isSubtype(descr.objclass))
      throw typeError(
        `descriptor '${descr.name}' for '${descr.objclass.name}' objects doesn't apply to a '${typeName(obj)}' object`,
      );
    return new PyBuiltin(descr.impl, obj, descr.objclass, descr.type === wrapperDescriptorType);
  }
  if (descr instanceof PyClassMethodDescr) return new PyBuiltin(descr.impl, type, descr.objclass);
  if (descr instanceof PyGetSetDescr) return obj === null ? descr : descr.get(t, obj);
  if (descr instanceof PyMemberDescr) {
    if (obj === null) return descr;
    if (!typeOf(obj).isSubtype(descr.objclass)) {
      throw typeError(
        `descriptor '${descr.name}' for '${descr.objclass.name}' objects doesn't apply to a '${typeName(obj)}' object`,
      );
    }
    const v = typeof obj === "object" ? obj.memberSlots?.[descr.index] : undefined;
    if (v === null || v === undefined) throw memberError(obj, descr.name);
    return v;
  }
  if (descr.type === staticmethodType) return (descr as PyStaticMethod).func;
  if (descr.type === classmethodType) {
    const f = (descr as PyClassMethod).func;
    if (f instanceof PyFunction) return new PyMethod(f, type);
    return yield* descrGet(t, f, type, type);
  }
  if (descr.type === propertyType) {
    if (obj === null) return descr;
    const p = descr as PyProperty;
    if (p.fget === None)
      throw attributeError(`property ${propName(p)}of '${typeOf(obj).qualname}' object has no getter`);
    return yield* call(t, p.fget, [obj]);
  }
  if (descr instanceof PyBuiltin) return descr;
  const get = typeOf(descr).lookup("__get__");
  if (get === null) return descr;
  return yield* call(t, get, [descr, obj ?? None, type]);
}

function propName(p: PyProperty): string {
  return typeof p.name === "string" ? `'${p.name}' ` : "";
}

function memberError(obj: PyValue, name: string) {
  const e = attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  return e;
}

/** Does the descriptor define __get__ (tp_descr_get != NULL). */
export function hasGet(descr: PyValue): boolean {
  if (typeof descr !== "object") return false;
  if (
    descr instanceof PyFunction ||
    descr instanceof PyMethodDescr ||
    descr instanceof PyGetSetDescr ||
    descr instanceof PyMemberDescr ||
    descr instanceof PyClassMethodDescr
  )
    return true;
  if (descr instanceof PyBuiltin) return false;
  return descr.type.lookup("__get__") !== null;
}

/** Is it a data descriptor (defines __set__ or __delete__). */
export function isDataDescr(descr: PyValue): boolean {
  if (typeof descr !== "object") return false;
  if (descr instanceof PyGetSetDescr || descr instanceof PyMemberDescr) return true;
  if (descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyBuiltin)
    return false;
  if (descr.type === propertyType) return true;
  const t = descr.type;
  return t.lookup("__set__") !== null || t.lookup("__delete__") !== null;
}

/** descr.__set__(obj, value), or descr.__delete__(obj) when value is null. */
export function* descrSet(t: Thread, descr: PyValue, obj: PyValue, value: PyValue | null): Gen<void> {
  if (descr instanceof PyGetSetDescr) {
    if (descr.set === null) {
      throw attributeError(`attribute '${descr.name}' of '${descr.objclass.name}' objects is not writable`);
    }
    descr.set(t, obj, value);
    return;
  }
  if (descr instanceof PyMemberDescr) {
    if (typeof obj !== "object") throw typeError("member descriptor on a non-object");
    if (obj.memberSlots === null) obj.memberSlots = new Array<PyValue | null>(obj.type.nslots).fill(null);
    if (value === null) {
      if (obj.memberSlots[descr.index] === null || obj.memberSlots[descr.index] === undefined)
        throw attributeError(descr.name);
      obj.memberSlots[descr.index] = null;
    } else {
      obj.memberSlots[descr.index] = value;
    }
    return;
  }
  if (typeof descr === "object" && descr.type === propertyType) {
    const p = descr as PyProperty;
    if (value === null) {
      if (p.fdel === None)
        throw attributeError(`property ${propName(p)}of '${typeOf(obj).qualname}' object has no deleter`);
      yield* call(t, p.fdel, [obj]);
    } else {
      if (p.fset === None)
        throw attributeError(`property ${propName(p)}of '${typeOf(obj).qualname}' object has no setter`);
      yield* call(t, p.fset, [obj, value]);
    }
    return;
  }
  const dt = typeOf(descr);
  if (value === null) {
    const del = dt.lookup("__delete__");
    if (del === null) throw attributeError("__delete__");
    yield* call(t, del, [descr, obj]);
  } else {
    const set = dt.lookup("__set__");
    if (set === null) throw attributeError("__set__");
    yield* call(t, set, [descr, obj, value]);
  }
}
