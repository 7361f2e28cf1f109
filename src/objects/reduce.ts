/**
 * object.__reduce_ex__, __reduce__ and __getstate__ (Objects/typeobject.c: reduce_newobj,
 * _common_reduce, object_getstate): what pickle and copy ask every object for. The helpers on
 * the Python side (__newobj__, _reconstructor, _reduce_ex) come from the copyreg module.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, PyObject, objectType, typeOf } from "./core.js";
import { PyDict } from "./dict.js";
import { typeError } from "./exceptions.js";
import { PyListIter } from "./iterators.js";
import { PyList } from "./list.js";
import { getAttr, getAttrOpt } from "./ops/attr.js";
import { call, callMethod } from "./ops/call.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { importAbsolute } from "../modules/importer.js";
import { typeName } from "./helpers.js";

function* copyreg(t: Thread): Gen<PyValue> {
  return yield* importAbsolute(t, "copyreg");
}

/** object.__getstate__(): the instance dict (None when empty), with slot values beside it. */
export function* objectGetState(t: Thread, obj: PyValue): Gen<PyValue> {
  let state: PyValue = None;
  if (obj instanceof PyObject && obj.dict !== null && obj.dict.size > 0) state = obj.dict;
  const tp = typeOf(obj);
  // _PyType_GetSlotNames runs for every type, slotted or not: copyreg._slotnames(cls) lists
  // every slot name, mangled, and caches the list as the class's __slotnames__.
  const cached = tp.ns.get("__slotnames__");
  const names =
    cached !== undefined ? cached : yield* call(t, yield* getAttr(t, yield* copyreg(t), "_slotnames"), [tp]);
  if (names instanceof PyList && names.items.length > 0 && obj instanceof PyObject) {
    const slots = new PyDict();
    if (names instanceof PyList) {
      for (const name of names.items.slice()) {
        if (typeof name !== "string") continue;
        const v = yield* getAttrOpt(t, obj, name);
        if (v !== undefined) slots.setStr(name, v);
      }
    }
    if (slots.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function* reduceNewobj(t: Thread, obj: PyValue): Gen<PyValue> {
  const cls = typeOf(obj);
  let args: PyValue[] = [];
  let kwargs: PyValue = None;
  let hasArgs = false;
  const gnx = yield* getAttrOpt(t, obj, "__getnewargs_ex__");
  if (gnx !== undefined) {
    const r = yield* call(t, gnx, []);
    if (!(r instanceof PyTuple) || r.items.length !== 2) {
      throw typeError(`__getnewargs_ex__ should return a tuple of length 2, not '${typeName(r)}'`);
    }
    args = (r.items[0] as PyTuple).items;
    kwargs = r.items[1]!;
    hasArgs = true;
  } else {
    const gn = yield* getAttrOpt(t, obj, "__getnewargs__");
    if (gn !== undefined) {
      const r = yield* call(t, gn, []);
      if (!(r instanceof PyTuple))
        throw typeError(`__getnewargs__ should return a tuple, not '${typeName(r)}'`);
      args = r.items;
      hasArgs = true;
    }
  }
  const cr = yield* copyreg(t);
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === None || (kwargs instanceof PyDict && kwargs.size === 0)) {
    newobj = yield* getAttr(t, cr, "__newobj__");
    newargs = new PyTuple([cls, ...args]);
  } else {
    newobj = yield* getAttr(t, cr, "__newobj_ex__");
    newargs = new PyTuple([cls, new PyTuple(args), kwargs]);
  }
  const getstate = yield* getAttr(t, obj, "__getstate__");
  const state = yield* call(t, getstate, []);
  void hasArgs;
  const listitems = obj instanceof PyList ? new PyListIter(obj) : None;
  let dictitems: PyValue = None;
  if (obj instanceof PyDict) {
    const items = yield* callMethod(t, typeOf(obj).lookup("items")!, obj, []);
    dictitems = yield* callMethod(t, typeOf(items).lookup("__iter__")!, items, []);
  }
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

function* commonReduce(t: Thread, obj: PyValue, proto: number): Gen<PyValue> {
  if (proto >= 2) return yield* reduceNewobj(t, obj);
  const cr = yield* copyreg(t);
  return yield* call(t, yield* getAttr(t, cr, "_reduce_ex"), [obj, proto]);
}

/** object.__reduce_ex__(protocol): a class's own __reduce__ wins. */
export function* objectReduceEx(t: Thread, obj: PyValue, proto: number): Gen<PyValue> {
  const clsReduce = typeOf(obj).lookup("__reduce__");
  if (clsReduce !== null && clsReduce !== objectType.ns.get("__reduce__")) {
    return yield* call(t, yield* getAttr(t, obj, "__reduce__"), []);
  }
  return yield* commonReduce(t, obj, proto);
}

export function* objectReduce(t: Thread, obj: PyValue): Gen<PyValue> {
  return yield* commonReduce(t, obj, 0);
}
