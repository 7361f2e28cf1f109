/**
 * Assignment, deletion and loop targets (ASSIGNMENT TARGETS in Grammar/python.gram).
 *
 * Targets are parsed as expressions and then given their context, the way CPython's invalid_*
 * rules look at them: an assignment's left side is read as star_expressions before anyone knows
 * an '=' follows, so the same tree either becomes a target (Store / Del context set in place,
 * as _PyPegen_set_expr_context does) or yields "cannot assign to …" naming the first node that
 * cannot be a target (_PyPegen_get_invalid_target).
 */
import type { expr } from "./ast.generated.js";
import type { Parser } from "./parser-core.js";
import { exprName } from "./parser-errors.js";
import { parsePrimary, startsExpression, startsPrimary } from "./parser-expressions.js";
import { DEL, STORE } from "./parser-nodes.js";

/** Which targets an error is about (TARGETS_TYPE in pegen.h). */
export type TargetsType = "star" | "del" | "for";

/**
 * Gives `e` Store context throughout (star_targets), or returns false when it is not a valid
 * target; `e` may then be partly converted, and the caller reports the error.
 */
export function setStore(e: expr): boolean {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = STORE;
      return true;
    case "Starred":
      e.ctx = STORE;
      // star_target: '*' (!'*' star_target)
      return e.value._type !== "Starred" && setStore(e.value);
    case "Tuple":
    case "List":
      e.ctx = STORE;
      for (const elt of e.elts) if (!setStore(elt)) return false;
      return true;
    default:
      return false;
  }
}

/** Gives `e` Del context throughout (del_targets), or returns false when it cannot be deleted. */
export function setDel(e: expr): boolean {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = DEL;
      return true;
    case "Tuple":
    case "List":
      e.ctx = DEL;
      for (const elt of e.elts) if (!setDel(elt)) return false;
      return true;
    default:
      return false;
  }
}

/** _PyPegen_get_invalid_target: the first node of `e` that cannot be a target of this kind. */
export function getInvalidTarget(e: expr, type: TargetsType): expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = getInvalidTarget(elt, type);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      if (type === "del") return e;
      return getInvalidTarget(e.value, type);
    case "Compare":
      // `for a in b` read as star_expressions is a comparison; its left side is the target.
      if (type === "for") return e.ops[0]!._type === "In" ? getInvalidTarget(e.left, type) : null;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to …" / "cannot delete …", or null. */
export function invalidTargetError(p: Parser, e: expr, type: TargetsType): Error | null {
  const bad = getInvalidTarget(e, type);
  if (bad === null) return null;
  const verb = type === "del" ? "cannot delete" : "cannot assign to";
  return p.errorAtNode(bad, `${verb} ${exprName(bad)}`);
}

/**
 * star_targets:
 *     | star_target !','
 *     | star_target (',' star_target )* [',']
 * Returns null when what follows is not a target list (the caller reports the error).
 */
export function parseStarTargets(p: Parser): expr | null {
  const start = p.pos;
  const first = parseStarTarget(p);
  if (first === null) return null;
  if (!p.at(",")) return first;
  const elts = [first];
  while (p.eat(",")) {
    if (!startsExpression(p)) break;
    const t = parseStarTarget(p);
    if (t === null) return null;
    elts.push(t);
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Tuple",
    elts,
    ctx: STORE,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * star_target:
 *     | '*' (!'*' star_target)
 *     | target_with_star_atom
 * target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
 *     | star_atom
 */
export function parseStarTarget(p: Parser): expr | null {
  if (p.at("*")) {
    const s = p.next();
    if (p.at("*")) return null;
    const value = parseStarTarget(p);
    if (value === null) return null;
    const e = p.lastToken();
    return {
      _type: "Starred",
      value,
      ctx: STORE,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  if (!startsPrimary(p)) return null;
  const e = parsePrimary(p);
  return setStore(e) ? e : null;
}
