/** tuple: an immutable sequence. Follows Objects/tupleobject.c. */
import type { PyType, PyValue } from "./core.js";
import { PyObject, tupleType } from "./core.js";

export class PyTuple extends PyObject {
  constructor(
    readonly items: PyValue[],
    type: PyType = tupleType,
  ) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

tupleType.alloc = (t) => new PyTuple([], t);
