/**
 * The cheap part of CPython's AST validator (Python/ast.c, run by compile() on trees from
 * Python code): expression contexts (a target must be Store, del targets Del, everything else
 * Load), non-empty bodies and target lists, and the shape rules of Compare, BoolOp, Dict,
 * ImportFrom and Try — with the validator's ValueError messages. Checks a node's own rules
 * before its children, in field order, as the validator does.
 */
import { valueError } from "../../objects/exceptions.js";
import { NODE_SPECS, type AnyNode } from "../../parser/ast.generated.js";

type Ctx = "Load" | "Store" | "Del";

/** Fields whose expressions are assigned to or deleted. */
const TARGET_CTX: Record<string, Ctx> = {
  "Assign.targets": "Store",
  "AugAssign.target": "Store",
  "AnnAssign.target": "Store",
  "Delete.targets": "Del",
  "For.target": "Store",
  "AsyncFor.target": "Store",
  "comprehension.target": "Store",
  "withitem.optional_vars": "Store",
};

/** Fields the validator does not look into (validate_expr checks only NamedExpr's value). */
const UNCHECKED = new Set(["NamedExpr.target"]);

const BODIES = new Set([
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "For",
  "AsyncFor",
  "While",
  "If",
  "With",
  "AsyncWith",
  "Try",
  "TryStar",
  "ExceptHandler",
  "match_case",
]);

function isNode(v: unknown): v is AnyNode {
  return typeof v === "object" && v !== null && "_type" in v;
}

function ownRules(node: AnyNode): void {
  const n = node as unknown as Record<string, unknown>;
  const type = node._type;
  if (BODIES.has(type) && Array.isArray(n["body"]) && n["body"].length === 0)
    throw valueError(`empty body on ${type}`);
  switch (node._type) {
    case "Delete":
    case "Assign":
      if (node.targets.length === 0) throw valueError(`empty targets on ${type}`);
      break;
    case "With":
    case "AsyncWith":
      if (node.items.length === 0) throw valueError(`empty items on ${type}`);
      break;
    case "Compare":
      if (node.comparators.length === 0) throw valueError("Compare with no comparators");
      if (node.comparators.length !== node.ops.length)
        throw valueError("Compare has a different number of comparators and operands");
      break;
    case "BoolOp":
      if (node.values.length < 2) throw valueError("BoolOp with less than 2 values");
      break;
    case "Dict":
      if (node.keys.length !== node.values.length)
        throw valueError("Dict doesn't have the same number of keys as values");
      break;
    case "ImportFrom":
      if (node.level !== null && node.level < 0) throw valueError("Negative ImportFrom level");
      break;
    case "Try":
    case "TryStar":
      if (node.handlers.length === 0 && node.finalbody.length === 0)
        throw valueError(`${type} has neither except handlers nor finalbody`);
      if (node.handlers.length === 0 && node.orelse.length !== 0)
        throw valueError(`${type} has orelse but no except handlers`);
      break;
    case "Name":
      if (node.id === "None" || node.id === "True" || node.id === "False")
        throw valueError(`identifier field can't represent '${node.id}' constant`);
      break;
    default:
      break;
  }
}

/** Validates `node`, an expression where context `ctx` is expected (Load for non-targets). */
export function validate(node: AnyNode, ctx: Ctx = "Load"): void {
  const n = node as unknown as Record<string, unknown>;
  const own = n["ctx"];
  if (isNode(own) && NODE_SPECS[node._type].base === "expr" && own._type !== ctx)
    throw valueError(`expression must have ${ctx} context but has ${own._type} instead`);
  ownRules(node);
  // Items of a List or Tuple target, and a starred target's value, are targets too.
  const inherit = node._type === "List" || node._type === "Tuple" || node._type === "Starred";
  for (const f of NODE_SPECS[node._type].fields) {
    if (UNCHECKED.has(`${node._type}.${f.name}`)) continue;
    const v = n[f.name];
    const want = inherit && f.type === "expr" ? ctx : (TARGET_CTX[`${node._type}.${f.name}`] ?? "Load");
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) validate(item, want);
    } else if (isNode(v)) validate(v, want);
  }
}
