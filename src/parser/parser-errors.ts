/**
 * Error rules shared by several grammar areas: node names for messages
 * (_PyPegen_get_expr_name in Parser/pegen.c) and the invalid_expression /
 * invalid_legacy_expression rules of Grammar/python.gram.
 *
 * CPython runs its invalid_* rules in a second pass after the first one failed. pyglass runs the
 * equivalent checks at the point where the first pass would fail, which gives the same message
 * for the errors people make.
 */
import type { expr } from "./ast.generated.js";
import type { Parser } from "./parser-core.js";
import { parseAtom, parseBitwiseOr, parseExpression } from "./parser-expressions.js";

/** _PyPegen_get_expr_name: how messages name an expression. */
export function exprName(e: expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (typeof v === "object" && v.kind === "ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}

/** _PyPegen_check_legacy_stmt: `print` and `exec` were statements in Python 2. */
export function isLegacyName(e: expr): boolean {
  return e._type === "Name" && (e.id === "print" || e.id === "exec");
}

const SOFT_KEYWORDS: ReadonlySet<string> = new Set(["_", "case", "match"]);

/**
 * invalid_expression, first alternative:
 *     !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
 *         "invalid syntax. Perhaps you forgot a comma?"  (only inside brackets)
 * Called after `a` was parsed inside brackets with the start of another expression next.
 */
export function invalidExpressionCheck(p: Parser, start: number, a: expr): void {
  if (p.noInvalid > 0) return;
  const first = p.tokens[start]!;
  if (first.type === "NAME" && (SOFT_KEYWORDS.has(first.string) || p.tokens[start + 1]?.type === "STRING"))
    return;
  if (isLegacyName(a)) return;
  const b = p.speculate(() => parseExpression(p));
  if (b !== null) throw p.errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
}

/**
 * invalid_named_expression, for a named_expression `a` that ended at '=' (the token at
 * `start` is where it began):
 *     | a=NAME '=' b=bitwise_or !('='|':=')
 *         "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
 *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
 *         "cannot assign to %s here. Maybe you meant '==' instead of '='?"
 * Returns the error, or null when neither alternative applies.
 */
export function invalidNamedExpression(p: Parser, start: number, a: expr, force = false): Error | null {
  if ((p.noInvalid > 0 && !force) || !p.at("=")) return null;
  const equals = p.pos;
  // b=bitwise_or !('='|':=') after the '='
  const b = p.speculate(() => {
    p.reset(equals + 1);
    const node = parseBitwiseOr(p);
    return p.at("=") || p.at(":=") ? null : node;
  });
  if (b === null) return null;
  const first = p.tokens[start]!;
  if (a._type === "Name" && first.type === "NAME" && equals === start + 1) {
    return p.errorRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (
    first.type === "NAME" &&
    (first.string === "True" || first.string === "None" || first.string === "False")
  ) {
    return null;
  }
  const excluded = p.speculate(() => {
    p.reset(start);
    if (!(p.at("[") || p.at("("))) return false;
    const atom = parseAtom(p);
    return atom._type === "List" || atom._type === "Tuple" || atom._type === "GeneratorExp";
  });
  if (excluded === true) return null;
  // a must be a bitwise_or reaching the '='.
  const reaches = p.speculate(() => {
    p.reset(start);
    parseBitwiseOr(p);
    return p.pos === equals;
  });
  if (reaches !== true) return null;
  return p.errorAtNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
}
