/** tuple: an immutable sequence. Follows Objects/tupleobject.c. */
import type { PyType, PyValue } from "./core.js";
import { PyObject, noteAllocation, tupleType } from "./core.js";

/** A tuple's state: its items, never changed after it is made. */
export interface PyTuple extends PyObject {
  readonly items: PyValue[];
}

interface PyTupleConstructor {
  new (items: PyValue[], type?: PyType): PyTuple;
  readonly prototype: PyTuple;
}

/** A base constructor rather than a subclass of PyObject, for the reason given at PyFloat. */
export const PyTuple = function PyTuple(
  this: { type: PyType; items: PyValue[] },
  items: PyValue[],
  type: PyType = tupleType,
) {
  this.type = type;
  this.items = items;
  noteAllocation(this as unknown as PyObject);
} as unknown as PyTupleConstructor;
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

tupleType.alloc = (t) => new PyTuple([], t);
