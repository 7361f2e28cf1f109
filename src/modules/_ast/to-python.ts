/**
 * The parser's tree as Python `ast` objects (ast2obj_* in Python/Python-ast.c): each node an
 * instance of its class with its fields, then its positions, in the instance `__dict__` (no
 * `__init__` runs); lists as lists, absent optional values as None, constants as the Python
 * values the compiler would make.
 */
import { None, PyObject, assert } from "../../objects/core.js";
import type { PyValue } from "../../objects/core.js";
import { constToValue } from "../../objects/code.js";
import { PyDict } from "../../objects/dict.js";
import { PyList } from "../../objects/list.js";
import { NODE_SPECS, type AnyNode, type FieldSpec } from "../../parser/ast.generated.js";
import type { ConstantValue } from "../../parser/constant.js";
import type { AstClasses } from "./registry.js";
import { POSITION_ATTRIBUTES } from "./specs.js";

export function nodeToPython(reg: AstClasses, node: AnyNode): PyObject {
  const spec = NODE_SPECS[node._type];
  if (spec.fields.length === 0 && !spec.positions) {
    let one = reg.singletons.get(node._type);
    if (one === undefined) {
      one = newNode(reg, node._type);
      reg.singletons.set(node._type, one);
      reg.keep(one);
    }
    return one;
  }
  const obj = newNode(reg, node._type);
  const d = obj.dict!;
  const record = node as unknown as Record<string, unknown>;
  for (const f of spec.fields) d.setStr(f.name, fieldValue(reg, record[f.name], f));
  if (spec.positions) {
    for (const name of POSITION_ATTRIBUTES) {
      const v = record[name];
      d.setStr(name, typeof v === "number" ? v : None);
    }
  }
  return obj;
}

function newNode(reg: AstClasses, name: string): PyObject {
  const cls = reg.byName.get(name);
  assert(cls !== undefined, `no ast class ${name}`);
  const obj = cls.alloc(cls);
  obj.dict = new PyDict();
  return obj;
}

function fieldValue(reg: AstClasses, v: unknown, f: FieldSpec): PyValue {
  if (f.list) return new PyList((v as unknown[]).map((x) => fieldValue(reg, x, { ...f, list: false })));
  if (v === null || v === undefined) return None;
  switch (f.type) {
    case "identifier":
    case "string":
      return v as string;
    case "int":
      return v as number;
    case "constant":
      return constToValue(v as ConstantValue);
    default:
      return nodeToPython(reg, v as AnyNode);
  }
}
