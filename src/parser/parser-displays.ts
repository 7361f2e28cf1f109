/**
 * Parenthesised forms, displays and comprehensions: tuple / group / genexp, list / listcomp,
 * dict / set / dictcomp / setcomp and for_if_clauses (the LITERALS and "Comprehensions &
 * Generators" parts of Grammar/python.gram, with their invalid_* rules).
 */
import type { Dict, GeneratorExp, comprehension, expr } from "./ast.generated.js";
import { type Parser, onlySyntaxErrors } from "./parser-core.js";
import {
  parseBitwiseOr,
  parseDisjunction,
  parseExpression,
  parseStarNamedExpression,
  parseStarExpressions,
  parseYieldExpr,
  tuple,
} from "./parser-expressions.js";
import { LOAD } from "./parser-nodes.js";
import { invalidTargetError, parseStarTargets } from "./parser-targets.js";

/** Whether a comprehension clause starts here: 'for' or ASYNC 'for'. */
export function atFor(p: Parser): boolean {
  const t = p.tok;
  if (t.type !== "NAME") return false;
  if (t.string === "for") return true;
  return t.string === "async" && p.peek(1).string === "for";
}

/**
 * tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
 * group: '(' (yield_expr | named_expression) ')' | invalid_group
 * genexp: '(' ( assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
 */
export function parseParen(p: Parser): expr {
  const start = p.pos;
  p.next();
  p.level++;
  if (p.at(")")) {
    p.level--;
    p.next();
    return tuple(p, start, []);
  }
  if (p.tok.string === "yield" && p.tok.type === "NAME") {
    const value = parseYieldExpr(p);
    p.level--;
    p.expect(")");
    return value;
  }
  if (p.at("**")) {
    // invalid_group: '(' a='**' expression ')'
    const star = p.next();
    parseExpression(p);
    if (p.at(")")) throw p.errorAtToken(star, "cannot use double starred expression here");
    throw p.syntaxErrorAtToken(p.tok);
  }
  const first = parseStarNamedExpression(p);
  if (atFor(p)) {
    if (first._type === "Starred") {
      throw p.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
    }
    const generators = parseForIfClauses(p);
    p.level--;
    p.expect(")");
    return genexp(p, start, first, generators);
  }
  if (p.at(",")) {
    const elts = [first];
    while (p.eat(",")) {
      if (p.at(")")) break;
      elts.push(parseStarNamedExpression(p));
    }
    p.level--;
    p.expect(")");
    return tuple(p, start, elts);
  }
  p.level--;
  p.expect(")");
  if (first._type === "Starred") throw p.errorAtNode(first, "cannot use starred expression here");
  return first;
}

export function genexp(p: Parser, start: number, elt: expr, generators: comprehension[]): GeneratorExp {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "GeneratorExp",
    elt,
    generators,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * list: '[' [star_named_expressions] ']'
 * listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 */
export function parseBracket(p: Parser): expr {
  const start = p.pos;
  p.next();
  p.level++;
  const elts: expr[] = [];
  if (!p.at("]")) {
    const first = parseStarNamedExpression(p);
    if (atFor(p)) {
      if (first._type === "Starred") {
        throw p.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
      }
      const generators = parseForIfClauses(p);
      p.level--;
      p.expect("]");
      const s = p.tokens[start]!;
      const e = p.lastToken();
      return {
        _type: "ListComp",
        elt: first,
        generators,
        lineno: s.lineno,
        col_offset: s.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
    }
    elts.push(first);
    while (p.eat(",")) {
      if (p.at("]")) break;
      elts.push(parseStarNamedExpression(p));
    }
    if (atFor(p)) throw forgotParentheses(p, elts);
  }
  p.level--;
  p.expect("]");
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "List",
    elts,
    ctx: LOAD,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * invalid_comprehension:
 *     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
 */
function forgotParentheses(p: Parser, elts: expr[]): Error {
  const msg = "did you forget parentheses around the comprehension target?";
  if (elts.length === 1) return p.errorRange(elts[0]!, spanOfToken(p.tokens[p.pos - 1]!), msg);
  return p.errorRange(elts[0]!, elts[elts.length - 1]!, msg);
}

function spanOfToken(t: { lineno: number; colOffset: number; endLineno: number; endColOffset: number }): {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
} {
  return {
    lineno: t.lineno,
    col_offset: t.colOffset,
    end_lineno: t.endLineno,
    end_col_offset: t.endColOffset,
  };
}

/**
 * dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
 * set: '{' star_named_expressions '}'
 * dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
 * setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
 */
export function parseBrace(p: Parser): expr {
  const start = p.pos;
  p.next();
  p.level++;
  if (p.at("}")) {
    p.level--;
    p.next();
    return dict(p, start, [], []);
  }
  if (p.at("**")) {
    const star = p.next();
    const value = parseBitwiseOr(p);
    if (atFor(p)) {
      // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
      throw p.errorAtToken(star, "dict unpacking cannot be used in dict comprehension");
    }
    return parseDictRest(p, start, [null], [value]);
  }
  const firstTok = p.tok;
  const first = parseStarNamedExpression(p);
  // A dict key is an `expression`: a walrus is only allowed in parentheses there.
  const bareWalrus =
    first._type === "NamedExpr" &&
    first.lineno === firstTok.lineno &&
    first.col_offset === firstTok.colOffset;
  if (p.at(":") && first._type !== "Starred" && !bareWalrus) {
    p.next();
    const value = parseDictValue(p);
    if (atFor(p)) {
      const generators = parseForIfClauses(p);
      p.level--;
      p.expect("}");
      const s = p.tokens[start]!;
      const e = p.lastToken();
      return {
        _type: "DictComp",
        key: first,
        value,
        generators,
        lineno: s.lineno,
        col_offset: s.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
    }
    return parseDictRest(p, start, [first], [value]);
  }
  if (atFor(p)) {
    if (first._type === "Starred") {
      throw p.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
    }
    const generators = parseForIfClauses(p);
    p.level--;
    p.expect("}");
    const s = p.tokens[start]!;
    const e = p.lastToken();
    return {
      _type: "SetComp",
      elt: first,
      generators,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  const elts = [first];
  while (p.eat(",")) {
    if (p.at("}")) break;
    elts.push(parseStarNamedExpression(p));
  }
  if (atFor(p)) throw forgotParentheses(p, elts);
  p.level--;
  p.expect("}");
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Set",
    elts,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * The value after `key ':'`, with invalid_kvpair's errors:
 *     | expression ':' a='*' bitwise_or   "cannot use a starred expression in a dictionary value"
 *     | expression a=':' &('}'|',')       "expression expected after dictionary key and ':'"
 */
function parseDictValue(p: Parser): expr {
  if (p.at("*")) {
    const star = p.tok;
    p.next();
    parseBitwiseOr(p);
    throw p.errorStartingFrom(
      {
        lineno: star.lineno,
        col_offset: star.colOffset,
        end_lineno: star.endLineno,
        end_col_offset: star.endColOffset,
      },
      "cannot use a starred expression in a dictionary value",
    );
  }
  if (p.at("}") || p.at(",")) {
    throw p.errorAtToken(p.tokens[p.pos - 1]!, "expression expected after dictionary key and ':'");
  }
  return parseExpression(p);
}

/** double_starred_kvpairs after the first pair: (',' double_starred_kvpair)* [','] '}' */
function parseDictRest(p: Parser, start: number, keys: (expr | null)[], values: expr[]): Dict {
  while (p.eat(",")) {
    if (p.at("}")) break;
    if (p.at("**")) {
      p.next();
      keys.push(null);
      values.push(parseBitwiseOr(p));
      continue;
    }
    const key = parseExpression(p);
    if (!p.at(":")) {
      // invalid_kvpair: a=expression !(':')
      if (p.at("}") || p.at(",")) {
        throw p.raiseKnown(
          key.lineno,
          key.end_col_offset!,
          key.end_lineno!,
          0,
          "':' expected after dictionary key",
          "SyntaxError",
        );
      }
      throw p.syntaxErrorAtToken(p.tok);
    }
    p.next();
    keys.push(key);
    values.push(parseDictValue(p));
  }
  p.level--;
  p.expect("}");
  return dict(p, start, keys, values);
}

function dict(p: Parser, start: number, keys: (expr | null)[], values: expr[]): Dict {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Dict",
    keys,
    values,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * for_if_clauses: for_if_clause+
 * for_if_clause:
 *     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
 *     | 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
 *     | invalid_for_target
 */
export function parseForIfClauses(p: Parser): comprehension[] {
  const generators: comprehension[] = [];
  while (atFor(p)) {
    let isAsync = 0;
    if (p.tok.string === "async") {
      p.next();
      isAsync = 1;
    }
    p.next();
    const targetStart = p.pos;
    const target = parseStarTargets(p);
    if (target === null || !p.at("in")) throw invalidForTarget(p, targetStart);
    p.next();
    const iter = parseDisjunction(p);
    const ifs: expr[] = [];
    while (p.tok.string === "if" && p.tok.type === "NAME") {
      p.next();
      ifs.push(parseDisjunction(p));
    }
    generators.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
  }
  return generators;
}

/**
 * invalid_for_target: ASYNC? 'for' a=star_expressions — the first invalid target inside `a`, or
 * the generic error when there is none.
 */
export function invalidForTarget(p: Parser, targetStart: number): Error {
  const failedAt = p.tok;
  p.reset(targetStart);
  let a: expr;
  try {
    a = parseStarExpressions(p);
  } catch (e) {
    onlySyntaxErrors(e);
    return p.syntaxErrorAtToken(failedAt);
  }
  return invalidTargetError(p, a, "for") ?? p.syntaxErrorAtToken(failedAt);
}
