/**
 * getattr / setattr / delattr with a name that holds a lone surrogate pair (a boxed str,
 * str-surrogate.ts). Such a name is never a key of a type's namespace here (those are JS strings),
 * so no descriptor can match it: PyObject_GenericGetAttr / GenericSetAttr come down to the
 * instance `__dict__`, and a class's own `__getattribute__`, `__getattr__`, `__setattr__` or
 * `__delattr__` is called with the name as it is.
 */
import type { PyValue } from "./core.js";
import { None, PyObject, PyType, typeOf } from "./core.js";
import { PyDict } from "./dict.js";
import { E, PyBaseException, newException } from "./exceptions.js";
import { PyMethodDescr } from "./native.js";
import { getAttrOpt, hookOrMiss } from "./ops/attr.js";
import { callMethod } from "./ops/call.js";
import type { PySurrogateStr } from "./str-surrogate.js";
import { strFromCodePoints } from "./str-surrogate.js";
import type { Gen } from "./suspend.js";
import type { Thread } from "../vm/thread.js";

/** A type's own hook for `slot`, or null when it is object's (or type's) generic one. */
function ownHook(tp: PyType, slot: string): PyValue | null {
  const h = tp.lookup(slot);
  if (h === null || (h instanceof PyMethodDescr && h.name === slot)) return null;
  return h;
}

/** The instance dict attributes live in, or null (no `__dict__`; a class's namespace). */
function* instanceDict(t: Thread, o: PyValue): Gen<PyDict | null> {
  if (!(o instanceof PyObject) || o instanceof PyType) return null;
  if (o.dict instanceof PyDict) return o.dict;
  // Made when first asked for, as `o.__dict__` makes it.
  const d = yield* getAttrOpt(t, o, "__dict__");
  return d instanceof PyDict ? d : null;
}

/**
 * "'C' object has no attribute '<name>'", the name's code points kept; a failed read also
 * names the attribute and the object (`name`, `obj`), a failed store or delete does not.
 */
function noAttribute(o: PyValue, name: PySurrogateStr, read = true): PyBaseException {
  const head =
    o instanceof PyType
      ? `type object '${o.name}' has no attribute '`
      : `'${typeOf(o).name}' object has no attribute '`;
  const cps: number[] = [];
  for (const ch of head) cps.push(ch.codePointAt(0)!);
  cps.push(...name.cps, 0x27);
  const e = newException(E.AttributeError, strFromCodePoints(cps));
  e.dict = new PyDict();
  e.dict.setStr("name", read ? name : None);
  e.dict.setStr("obj", read ? o : None);
  return e;
}

function isAttributeError(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtype(E.AttributeError);
}

/** getattr(o, name[, default]); undefined when missing and `suppress`. */
export function* getAttrBoxed(
  t: Thread,
  o: PyValue,
  name: PySurrogateStr,
  suppress: boolean,
): Gen<PyValue | undefined> {
  const tp = typeOf(o);
  const ga = ownHook(tp, "__getattribute__");
  const hook = tp.lookup("__getattr__");
  try {
    if (ga !== null) return yield* callMethod(t, ga, o, [name]);
    const d = yield* instanceDict(t, o);
    const v = d === null ? undefined : yield* d.get(t, name);
    if (v !== undefined) return v;
    throw noAttribute(o, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    return yield* hookOrMiss(t, hook, o, name, suppress, () => e);
  }
}

/** setattr(o, name, v), or delattr(o, name) when `value` is null. */
export function* setAttrBoxed(t: Thread, o: PyValue, name: PySurrogateStr, value: PyValue | null): Gen<void> {
  const tp = typeOf(o);
  const own = ownHook(tp, value === null ? "__delattr__" : "__setattr__");
  if (own !== null) {
    yield* callMethod(t, own, o, value === null ? [name] : [name, value]);
    return;
  }
  const d = yield* instanceDict(t, o);
  if (d === null) throw noAttribute(o, name, false);
  if (value !== null) {
    yield* d.set(t, name, value);
    return;
  }
  if ((yield* d.delete(t, name)) === undefined) throw noAttribute(o, name, false);
}
