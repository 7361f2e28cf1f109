/** Python functions, bound methods and cells (Objects/funcobject.c, classobject.c, cellobject.c). */
import type { PyValue } from "./core.js";
import { None, PyObject, cellType, functionType, methodType } from "./core.js";
import type { PyCode } from "./code.js";
import type { PyDict } from "./dict.js";
import type { PyTuple } from "./tuple.js";

/** A closure cell: `contents` is null while the variable is unbound. */
export class PyCell extends PyObject {
  constructor(public contents: PyValue | null) {
    super(cellType);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  /** `__annotations__`: a dict, or a flat tuple of (name, value) pairs until first asked (3.11). */
  annotations: PyValue | null = null;
  doc: PyValue;
  module: PyValue;
  constructor(
    public code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.doc;
    this.module = globals.getStr("__name__") ?? None;
  }
}

/** A bound method: `func` called with `self` first. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly self: PyValue,
  ) {
    super(methodType);
  }
}
