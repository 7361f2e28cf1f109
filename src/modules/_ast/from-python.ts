/**
 * Python `ast` objects back to the parser's tree, for compile(tree, …) (obj2ast_* in
 * Python/Python-ast.c, plus the cheap checks of Python/ast.c's validator): fields read with
 * getattr, so class defaults (None for optional fields) count; CPython's TypeError / ValueError
 * messages for missing fields, wrong kinds of node and values of the wrong type.
 */
import { PySurrogateStr } from "../../objects/str-surrogate.js";
import type { PyValue } from "../../objects/core.js";
import { Ellipsis, None, PyObject } from "../../objects/core.js";
import { typeError, valueError } from "../../objects/exceptions.js";
import { PyComplex, PyFloat } from "../../objects/float.js";
import { intValue, strValue, typeName } from "../../objects/helpers.js";
import { PyList } from "../../objects/list.js";
import { PyBytes } from "../../objects/misc.js";
import { getAttrOpt } from "../../objects/ops/attr.js";
import { repr } from "../../objects/ops/convert.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Thread } from "../../vm/thread.js";
import { NODE_SPECS, type AnyNode, type FieldSpec, type NodeType } from "../../parser/ast.generated.js";
import { ELLIPSIS, type ConstantValue } from "../../parser/constant.js";
import type { AstClasses } from "./registry.js";
import { tuple } from "../../compiler/const-value.js";

const SUM_MEMBERS = new Map<string, NodeType[]>();
for (const name of Object.keys(NODE_SPECS) as NodeType[]) {
  const base = NODE_SPECS[name].base;
  if (base === name) continue;
  let list = SUM_MEMBERS.get(base);
  if (list === undefined) SUM_MEMBERS.set(base, (list = []));
  list.push(name);
}

/** Sums whose constructors have neither fields nor positions. */
const SIMPLE_SUMS = new Set(
  [...SUM_MEMBERS]
    .filter(([, ms]) => ms.every((m) => NODE_SPECS[m].fields.length === 0 && !NODE_SPECS[m].positions))
    .map(([k]) => k),
);

/** A node of the ASDL type `kind` (a sum such as "expr", or a product such as "arguments"). */
export function* nodeFromPython(t: Thread, reg: AstClasses, obj: PyValue, kind: string): Gen<AnyNode> {
  const members = SUM_MEMBERS.get(kind);
  const product = members === undefined;
  const positions = product ? NODE_SPECS[kind as NodeType].positions : NODE_SPECS[members[0]!].positions;
  const out: Record<string, unknown> = {};
  // obj2ast reads a sum's attributes before it looks at which constructor obj is.
  if (positions) {
    out["lineno"] = yield* intField(t, obj, "lineno", kind, true);
    out["col_offset"] = yield* intField(t, obj, "col_offset", kind, true);
    out["end_lineno"] = yield* intField(t, obj, "end_lineno", kind, false);
    out["end_col_offset"] = yield* intField(t, obj, "end_col_offset", kind, false);
  }
  let name: NodeType | undefined;
  if (product) name = kind as NodeType;
  else {
    for (const m of members) {
      const cls = reg.byName.get(m);
      if (cls !== undefined && obj instanceof PyObject && obj.type.isSubtype(cls)) {
        name = m;
        break;
      }
    }
    if (name === undefined) throw typeError(`expected some sort of ${kind}, but got ${yield* repr(t, obj)}`);
  }
  out["_type"] = name;
  for (const f of NODE_SPECS[name].fields) out[f.name] = yield* field(t, reg, obj, name, f);
  return out as unknown as AnyNode;
}

function* intField(
  t: Thread,
  obj: PyValue,
  attr: string,
  owner: string,
  required: boolean,
): Gen<number | null> {
  const v = yield* getAttrOpt(t, obj, attr);
  if (v === undefined || v === None) {
    if (required) throw typeError(`required field "${attr}" missing from ${owner}`);
    return null;
  }
  return yield* intOf(t, v);
}

function* intOf(t: Thread, v: PyValue): Gen<number> {
  const n = typeof v === "boolean" ? undefined : intValue(v);
  if (n === undefined) throw valueError(`invalid integer value: ${yield* repr(t, v)}`);
  return Number(n);
}

function* field(t: Thread, reg: AstClasses, obj: PyValue, owner: string, f: FieldSpec): Gen<unknown> {
  const v = yield* getAttrOpt(t, obj, f.name);
  if (v === undefined) {
    if (f.optional && !f.list) return null;
    throw typeError(`required field "${f.name}" missing from ${owner}`);
  }
  if (f.list) {
    if (!(v instanceof PyList))
      throw typeError(`${owner} field "${f.name}" must be a list, not a ${typeName(v)}`);
    const items: unknown[] = [];
    // The list may change while items are converted (getattr runs Python code): index afresh.
    for (let i = 0; i < v.items.length; i++) {
      const item = v.items[i]!;
      items.push(item === None ? null : yield* value(t, reg, item, owner, f));
    }
    return items;
  }
  if (v === None) {
    if (f.optional || f.type === "constant") return null;
    // obj2ast of a simple sum (expr_context, operator, …) looks at None itself and refuses it.
    if (SIMPLE_SUMS.has(f.type)) return yield* nodeFromPython(t, reg, v, f.type);
    throw valueError(`field '${f.name}' is required for ${owner}`);
  }
  return yield* value(t, reg, v, owner, f);
}

function* value(t: Thread, reg: AstClasses, v: PyValue, owner: string, f: FieldSpec): Gen<unknown> {
  switch (f.type) {
    case "identifier": {
      const s = strValue(v);
      if (s === undefined) throw typeError("AST identifier must be of type str");
      return s;
    }
    case "string": {
      const s = strValue(v);
      if (s === undefined) throw typeError("AST string must be of type str");
      return s;
    }
    case "int":
      return yield* intOf(t, v);
    case "constant":
      return constantOf(v, owner);
    default:
      return yield* nodeFromPython(t, reg, v, f.type);
  }
}

/** validate_constant in Python/ast.c, for the constants our tree can hold. */
function constantOf(v: PyValue, owner: string): ConstantValue {
  if (v === None) return null;
  if (v === Ellipsis) return ELLIPSIS;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyComplex) return { kind: "complex", real: v.real, imag: v.imag };
  if (v instanceof PyBytes) return { kind: "bytes", bytes: v.bytes };
  if (v instanceof PySurrogateStr) return { kind: "str", codePoints: v.cps.slice() };
  const n = intValue(v);
  if (n !== undefined) return BigInt(n);
  const s = strValue(v);
  if (s !== undefined) return s;
  // Folded constants (tuples) are compiler constants beyond the parser's ConstantValue.
  if (v instanceof PyTuple)
    return tuple(v.items.map((x) => constantOf(x, owner))) as unknown as ConstantValue;
  throw typeError(`got an invalid type in ${owner}: ${typeName(v)}`);
}
