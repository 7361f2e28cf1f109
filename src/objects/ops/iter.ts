/**
 * The iteration protocol (PyObject_GetIter, PyIter_Next): built-in iterators directly, Python
 * generators by a resume request to the eval loop, anything else through __iter__ / __next__
 * (with the __getitem__ fallback of the sequence iterator).
 */
import type { Thread } from "../../vm/thread.js";
import type { PyValue } from "../core.js";
import {
  None,
  dictType,
  frozensetType,
  listType,
  rangeType,
  setType,
  strType,
  tupleType,
  typeOf,
} from "../core.js";
import type { PyDict } from "../dict.js";
import { E, PyBaseException as PyExc, typeError } from "../exceptions.js";
import { PyGenerator } from "../generator.js";
import { typeName } from "../helpers.js";
import type { PyList } from "../list.js";
import {
  GenIterator,
  PyArrayIter,
  PyDictIter,
  PyListIter,
  PySetIter,
  PyStrIter,
  SyncIterator,
  callableIteratorType,
  seqIteratorType,
  tupleIteratorType,
} from "../iterators.js";
import type { PySet } from "../set.js";
import type { PyRange } from "../misc.js";
import { rangeIter } from "../range-type.js";
import type { Gen, ItemSink } from "../suspend.js";
import { ResumeRequest, STOP } from "../suspend.js";
import type { PyTuple } from "../tuple.js";
import { call, callMethod } from "./call.js";
import { EQ, richCompareBool } from "./compare.js";

export function isStopIteration(e: unknown): boolean {
  return e instanceof PyExc && e.type.isSubtype(E.StopIteration);
}

/** iter(v) for exact built-in containers; undefined otherwise. */
export function getIterFast(v: PyValue): PyValue | undefined {
  if (typeof v === "string") return new PyStrIter(v);
  if (typeof v !== "object") return undefined;
  const t = v.type;
  if (t === listType) return new PyListIter(v as PyList);
  if (t === tupleType) return new PyArrayIter(tupleIteratorType, (v as PyTuple).items);
  if (t === dictType) return new PyDictIter(v as PyDict, "keys");
  if (t === setType || t === frozensetType) return new PySetIter(v as PySet);
  if (t === rangeType) return rangeIter(v as PyRange);
  if (
    v instanceof SyncIterator ||
    (v instanceof GenIterator && !t.isHeapType) ||
    (v instanceof PyGenerator && v.kind === "generator")
  )
    return v;
  return undefined;
}

export function* getIter(t: Thread, v: PyValue): Gen<PyValue> {
  const fast = getIterFast(v);
  if (fast !== undefined) return fast;
  const tp = typeOf(v);
  const d = tp.lookup("__iter__");
  if (d !== null && d !== None) {
    const it = yield* callMethod(t, d, v, []);
    if (!isIterator(it)) throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    return it;
  }
  if (d !== None && tp.lookup("__getitem__") !== null) return new PySeqIter(v);
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/** PyIter_Check: has __next__. */
export function isIterator(v: PyValue): boolean {
  if (v instanceof SyncIterator || v instanceof GenIterator || v instanceof PyGenerator) return true;
  const n = typeOf(v).lookup("__next__");
  return n !== null && n !== None;
}

/** The next item, or STOP when exhausted (StopIteration is absorbed). */
export function* iterNext(t: Thread, it: PyValue): Gen<PyValue> {
  if (it instanceof SyncIterator) return it.next();
  // A Python subclass of enumerate, zip, map, ... may override __next__: it is looked up.
  if (it instanceof GenIterator && !it.type.isHeapType) return yield* nativeNext(t, it);
  if (it instanceof PyGenerator && it.kind === "generator") return yield new ResumeRequest(it, None, false);
  return yield* nextByMethod(t, it);
}

/**
 * iterNext for a consumer that can take most items without Python code (`sink`, see
 * ItemSink): a Python generator hands it its items directly and goes on; an item the sink
 * declines, and every item of other iterators, is answered here as by iterNext, and the
 * consumer offers it to the sink itself first.
 */
export function* iterNextInto(t: Thread, it: PyValue, sink: ItemSink): Gen<PyValue> {
  if (it instanceof SyncIterator) return it.next();
  if (it instanceof GenIterator && !it.type.isHeapType) return yield* nativeNext(t, it);
  if (it instanceof PyGenerator && it.kind === "generator")
    return yield new ResumeRequest(it, None, false, sink);
  return yield* nextByMethod(t, it);
}

/**
 * The next item of a built-in iterator that may run Python code (map, filter, zip, ...). A
 * StopIteration raised inside (by the function map calls, say) ends the iteration, as
 * tp_iternext returning NULL with StopIteration set does for its consumers.
 */
function* nativeNext(t: Thread, it: GenIterator): Gen<PyValue> {
  try {
    return yield* it.nextGen(t);
  } catch (e) {
    if (isStopIteration(e)) return STOP;
    throw e;
  }
}

/** The next item from a Python __next__ (StopIteration absorbed as STOP). */
function* nextByMethod(t: Thread, it: PyValue): Gen<PyValue> {
  const d = typeOf(it).lookup("__next__");
  if (d === null || d === None) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return yield* callMethod(t, d, it, []);
  } catch (e) {
    if (isStopIteration(e)) return STOP;
    throw e;
  }
}

/**
 * toArray without a generator when no Python code can run: an exact list or tuple, or an
 * iterable whose iterator is a built-in one with a synchronous next (str, dict, set, range,
 * their iterators); undefined for every other iterable.
 */
export function toArrayFast(iterable: PyValue): PyValue[] | undefined {
  if (typeof iterable === "object") {
    const tp = iterable.type;
    if (tp === listType) return (iterable as PyList).items.slice();
    if (tp === tupleType) return (iterable as PyTuple).items.slice();
  }
  const it = getIterFast(iterable);
  if (!(it instanceof SyncIterator)) return undefined;
  const out: PyValue[] = [];
  for (let v = it.next(); v !== STOP; v = it.next()) out.push(v);
  return out;
}

/** Collects every item of an iterable (PySequence_List without the list). */
export function* toArray(t: Thread, iterable: PyValue): Gen<PyValue[]> {
  if (typeof iterable === "object") {
    const tp = iterable.type;
    if (tp === listType) return (iterable as PyList).items.slice();
    if (tp === tupleType) return (iterable as PyTuple).items.slice();
  }
  const it = yield* getIter(t, iterable);
  const out: PyValue[] = [];
  if (it instanceof SyncIterator) {
    for (let v = it.next(); v !== STOP; v = it.next()) out.push(v);
    return out;
  }
  const sink = (v: PyValue): boolean => {
    out.push(v);
    return true;
  };
  for (;;) {
    const v = yield* iterNextInto(t, it, sink);
    if (v === STOP) return out;
    out.push(v);
  }
}

/** `x in container` by iteration (PySequence_Contains fallback). */
export function* containsByIteration(t: Thread, container: PyValue, x: PyValue): Gen<boolean> {
  const it = yield* getIter(t, container);
  for (;;) {
    const v = yield* iterNext(t, it);
    if (v === STOP) return false;
    if (yield* richCompareBool(t, v, x, EQ)) return true;
  }
}

/** iter(seq) for objects with only __getitem__: items 0, 1, ... until IndexError or StopIteration. */
export class PySeqIter extends GenIterator {
  i = 0;
  done = false;
  constructor(readonly seq: PyValue) {
    super(seqIteratorType);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    if (this.done) return STOP;
    const d = typeOf(this.seq).lookup("__getitem__")!;
    try {
      const v = yield* callMethod(t, d, this.seq, [this.i]);
      this.i++;
      return v;
    } catch (e) {
      if (e instanceof PyExc && (e.type.isSubtype(E.IndexError) || e.type.isSubtype(E.StopIteration))) {
        this.done = true;
        return STOP;
      }
      throw e;
    }
  }
}

/** iter(callable, sentinel). */
export class PyCallableIter extends GenIterator {
  done = false;
  constructor(
    readonly fn: PyValue,
    readonly sentinel: PyValue,
  ) {
    super(callableIteratorType);
  }
  *nextGen(t: Thread): Gen<PyValue> {
    if (this.done) return STOP;
    let v: PyValue;
    try {
      v = yield* call(t, this.fn, []);
    } catch (e) {
      if (isStopIteration(e)) {
        this.done = true;
        return STOP;
      }
      throw e;
    }
    if (yield* richCompareBool(t, v, this.sentinel, EQ)) {
      this.done = true;
      return STOP;
    }
    return v;
  }
}

export { strType };
