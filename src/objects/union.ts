/** `X | Y` on types: types.UnionType (Objects/unionobject.c), enough for isinstance and repr. */
import type { PyValue } from "./core.js";
import { None, NotImplemented, PyObject, PyType, defineBuiltinType, noneType } from "./core.js";
import { PyTuple } from "./tuple.js";

export const unionType = defineBuiltinType("UnionType", { subclassable: false });
unionType.ns.set("__module__", "types");

export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super(unionType);
  }
}

function isUnionable(v: PyValue): boolean {
  return (
    v === None ||
    v instanceof PyType ||
    v instanceof PyUnion ||
    (v instanceof PyObject && v.type.name === "GenericAlias")
  );
}

function flatten(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return v.args;
  if (v === None) return [noneType];
  return [v];
}

/** X | Y for type-like operands; NotImplemented otherwise. */
export function unionOf(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const x of [...flatten(a), ...flatten(b)]) if (!args.includes(x)) args.push(x);
  if (args.length === 1) return args[0]!;
  return new PyUnion(args);
}

export function unionArgs(u: PyUnion): PyTuple {
  return new PyTuple(u.args);
}
