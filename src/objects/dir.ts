/** dir(): attribute names as object.__dir__ and type.__dir__ collect them (merge_class_dict). */
import type { PyType, PyValue } from "./core.js";
import { PyObject, typeOf } from "./core.js";
import { PyList } from "./list.js";
import { strValue } from "./helpers.js";

function mergeClass(cls: PyType, into: Set<string>): void {
  for (const k of cls.ns.keys()) into.add(k);
  for (const b of cls.bases) mergeClass(b, into);
}

/** type.__dir__: the class's attributes and those of its bases. */
export function typeDir(cls: PyType): PyList {
  const names = new Set<string>();
  mergeClass(cls, names);
  return new PyList([...names]);
}

/** object.__dir__: instance attributes, then the class's. */
export function objectDir(self: PyValue): PyValue {
  const names = new Set<string>();
  if (self instanceof PyObject && self.dict !== null) {
    for (const k of self.dict.keyList()) {
      const s = strValue(k);
      if (s !== undefined) names.add(s);
    }
  }
  mergeClass(typeOf(self), names);
  return new PyList([...names]);
}
