/**
 * Sequence slots (CPython's sq_concat, sq_repeat, sq_inplace_concat, sq_inplace_repeat). A
 * built-in sequence exposes them as `__add__`, `__mul__`/`__rmul__`, `__iadd__`, `__imul__`
 * wrappers, which raise when called directly with a wrong operand (wrap_binaryfunc,
 * wrap_indexargfunc in Objects/typeobject.c). The operators do not call them as number methods:
 * binary_op1 only sees nb_* slots, so a right operand's `__radd__`/`__rmul__` is tried first, and
 * the sequence slot runs afterwards (PyNumber_Add, PyNumber_Multiply and their in-place forms in
 * Objects/abstract.c). So the wrappers are marked here, and the operator code skips marked
 * methods in its number phase.
 */
import type { PyType, PyValue } from "../core.js";
import { None } from "../core.js";
import { intValue } from "../helpers.js";
import type { Thread } from "../../vm/thread.js";
import type { Gen } from "../suspend.js";
import { indexOf, indexSizeError } from "./convert.js";

const SEQUENCE_SLOTS = new WeakSet<object>();

/** Marks the named methods of `type`'s own namespace as sequence-slot wrappers. */
export function markSequenceSlots(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const d = type.ns.get(name);
    if (d !== undefined && typeof d === "object" && d !== null) SEQUENCE_SLOTS.add(d);
  }
}

export function isSequenceSlot(d: PyValue): boolean {
  return typeof d === "object" && d !== null && SEQUENCE_SLOTS.has(d);
}

/** The type's method `name` when it is a sequence-slot wrapper (else null: no such slot). */
export function sequenceSlot(type: PyType, name: string): PyValue | null {
  const d = type.lookup(name);
  return d !== null && isSequenceSlot(d) ? d : null;
}

/** A number method of the type (nb_* slot): a method that is not a sequence-slot wrapper. */
export function numberMethod(type: PyType, name: string): PyValue | null {
  const d = type.lookup(name);
  return d === null || d === None || isSequenceSlot(d) ? null : d;
}

/**
 * The count of a repetition, as wrap_indexargfunc and sequence_repeat get it
 * (PyNumber_AsSsize_t with OverflowError): beyond a Py_ssize_t is an OverflowError; counts past
 * 2**53 come back inexact, which every repeat treats as too large to allocate.
 */
export function* repeatCount(t: Thread, v: PyValue): Gen<number> {
  const n = intValue(v) ?? (yield* indexOf(t, v));
  if (typeof n === "number") return n;
  if (n >= 2n ** 63n || n < -(2n ** 63n)) throw indexSizeError(n);
  return Number(n);
}
