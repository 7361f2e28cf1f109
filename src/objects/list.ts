/** list: a mutable sequence. The class; methods are in list-methods.ts. */
import type { PyType, PyValue } from "./core.js";
import { PyObject, listType } from "./core.js";

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    type: PyType = listType,
  ) {
    super(type);
  }
}

listType.alloc = (t) => new PyList([], t);
