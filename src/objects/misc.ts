/**
 * Small built-in object layouts: bytes, bytearray, range, slice, module, property,
 * classmethod, staticmethod, super, mappingproxy. Their methods live in the *-methods files.
 */
import type { PyType, PyValue } from "./core.js";
import {
  None,
  PyObject,
  bytearrayType,
  bytesType,
  classmethodType,
  mappingproxyType,
  moduleType,
  propertyType,
  rangeType,
  sliceType,
  staticmethodType,
  superType,
} from "./core.js";
import { PyDict } from "./dict.js";
import type { PyInt } from "./int.js";

export class PyBytes extends PyObject {
  constructor(
    readonly bytes: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}
bytesType.alloc = (t) => new PyBytes(new Uint8Array(0), t);

export class PyByteArray extends PyObject {
  /** Storage with room to grow: the contents are buf[0 .. size). */
  buf: Uint8Array;
  size: number;
  /** Live buffer exports (memoryviews): the array cannot be resized while there are any. */
  exports = 0;
  constructor(bytes: Uint8Array, type: PyType = bytearrayType) {
    super(type);
    this.buf = bytes;
    this.size = bytes.length;
  }
  /** The contents (a view on the storage). */
  get bytes(): Uint8Array {
    return this.size === this.buf.length ? this.buf : this.buf.subarray(0, this.size);
  }
  /** Replaces the contents. */
  set bytes(b: Uint8Array) {
    this.buf = b;
    this.size = b.length;
  }
}
bytearrayType.alloc = (t) => new PyByteArray(new Uint8Array(0), t);

export class PyRange extends PyObject {
  constructor(
    readonly start: PyInt,
    readonly stop: PyInt,
    readonly step: PyInt,
    readonly length: PyInt,
  ) {
    super(rangeType);
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

export class PyModule extends PyObject {
  constructor(name: string, type: PyType = moduleType, dict: PyDict = new PyDict()) {
    super(type);
    this.dict = dict;
    if (!dict.hasStr("__name__")) {
      dict.setStr("__name__", name);
      dict.setStr("__doc__", None);
      dict.setStr("__package__", None);
      dict.setStr("__loader__", None);
      dict.setStr("__spec__", None);
    }
  }
  get ns(): PyDict {
    return this.dict!;
  }
  get name(): string {
    const n = this.dict!.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}
moduleType.alloc = (t) => new PyModule("?", t);

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** Set by __set_name__ (3.11 uses it in error messages? no: kept for __set_name__ parity). */
  name: PyValue = None;
  constructor(type: PyType = propertyType) {
    super(type);
  }
}
propertyType.alloc = (t) => new PyProperty(t);

export class PyClassMethod extends PyObject {
  func: PyValue = None;
  constructor(type: PyType = classmethodType) {
    super(type);
  }
}
classmethodType.alloc = (t) => new PyClassMethod(t);

export class PyStaticMethod extends PyObject {
  func: PyValue = None;
  constructor(type: PyType = staticmethodType) {
    super(type);
  }
}
staticmethodType.alloc = (t) => new PyStaticMethod(t);

export class PySuper extends PyObject {
  /** The class whose MRO successor is searched from (first argument). */
  thisType: PyType | null = null;
  obj: PyValue | null = null;
  /** type(obj), or obj itself when obj is a class. */
  objType: PyType | null = null;
  constructor(type: PyType = superType) {
    super(type);
  }
}
superType.alloc = (t) => new PySuper(t);

/** mappingproxy: a read-only view of a type's namespace (type.__dict__) or of a mapping. */
export class PyMappingProxy extends PyObject {
  constructor(readonly target: PyType | PyValue) {
    super(mappingproxyType);
  }
}
