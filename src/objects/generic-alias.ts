/** types.GenericAlias (list[int]): enough for repr, __origin__ and __args__ (Objects/genericaliasobject.c). */
import type { PyType, PyValue } from "./core.js";
import { PyObject, defineBuiltinType } from "./core.js";
import { PyTuple } from "./tuple.js";

export const genericAliasType = defineBuiltinType("GenericAlias", { subclassable: false });
genericAliasType.ns.set("__module__", "types");

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyType,
    readonly args: PyValue[],
  ) {
    super(genericAliasType);
  }
}

export function genericAlias(origin: PyType, arg: PyValue): PyValue {
  return new PyGenericAlias(origin, arg instanceof PyTuple ? arg.items : [arg]);
}
