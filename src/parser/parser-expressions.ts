/**
 * Expressions, from `star_expressions` down to `primary` (the EXPRESSIONS part of
 * Grammar/python.gram). Displays and comprehensions are in parser-displays.ts, call arguments and
 * lambda in parser-arguments.ts, string literals in parser-strings.ts.
 *
 * The binary operator levels bitwise_or … term are parsed by precedence climbing; each BinOp
 * spans from the first token of its leftmost operand to the last token of its right operand,
 * exactly what the left-recursive pegen rules give.
 */
import type { Attribute, Compare, Constant, Name, Starred, Subscript, cmpop, expr } from "./ast.generated.js";
import { ELLIPSIS } from "./constant.js";
import { parseCallArguments, parseLambda } from "./parser-arguments.js";
import { KEYWORDS, type Parser, identifier } from "./parser-core.js";
import { parseBrace, parseBracket, parseParen } from "./parser-displays.js";
import { exprName, invalidExpressionCheck, invalidNamedExpression } from "./parser-errors.js";
import {
  AND,
  BINARY_OPERATORS,
  BINARY_PRECEDENCE,
  EQ,
  GT,
  GTE,
  IN,
  INVERT,
  IS,
  ISNOT,
  LOAD,
  LT,
  LTE,
  NOT,
  NOTEQ,
  NOTIN,
  OR,
  STORE,
  POW,
  UADD,
  USUB,
} from "./parser-nodes.js";
import { parseNumber } from "./parser-numbers.js";
import { parseStrings } from "./parser-strings.js";

/**
 * star_expressions:
 *     | star_expression (',' star_expression)+ [',']
 *     | star_expression ','
 *     | star_expression
 */
export function parseStarExpressions(p: Parser): expr {
  const start = p.pos;
  const first = parseStarExpression(p);
  if (!p.at(",")) return first;
  const elts = [first];
  while (p.eat(",")) {
    if (!startsExpression(p)) break;
    elts.push(parseStarExpression(p));
  }
  return tuple(p, start, elts);
}

/**
 * star_expression:
 *     | '*' bitwise_or
 *     | expression
 */
export function parseStarExpression(p: Parser): expr {
  if (p.at("*")) return parseStarredBitwiseOr(p);
  return parseExpression(p);
}

/** '*' bitwise_or, as a Starred in Load context. */
export function parseStarredBitwiseOr(p: Parser): Starred {
  const start = p.pos;
  p.next();
  const value = parseBitwiseOr(p);
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Starred",
    value,
    ctx: LOAD,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * expressions:
 *     | expression (',' expression )+ [',']
 *     | expression ','
 *     | expression
 */
export function parseExpressions(p: Parser): expr {
  const start = p.pos;
  const first = parseExpression(p);
  if (!p.at(",")) return first;
  const elts = [first];
  while (p.eat(",")) {
    if (!startsExpression(p)) break;
    elts.push(parseExpression(p));
  }
  return tuple(p, start, elts);
}

/**
 * star_named_expression:
 *     | '*' bitwise_or
 *     | named_expression
 */
export function parseStarNamedExpression(p: Parser): expr {
  if (p.at("*")) return parseStarredBitwiseOr(p);
  return parseNamedExpression(p);
}

/**
 * named_expression:
 *     | assignment_expression       (NAME ':=' ~ expression)
 *     | invalid_named_expression
 *     | expression !':='
 * With `invalidEquals` false, `assignment_expression | expression !':='` (call arguments, where
 * invalid_kwarg reports a stray '=' instead).
 */
export function parseNamedExpression(p: Parser, invalidEquals = true): expr {
  const start = p.pos;
  if (p.tok.type === "NAME" && !KEYWORDS.has(p.tok.string) && p.peek(1).string === ":=") {
    const nameTok = p.next();
    p.next();
    const value = parseExpression(p);
    const target: Name = {
      _type: "Name",
      id: identifier(nameTok.string),
      ctx: STORE,
      lineno: nameTok.lineno,
      col_offset: nameTok.colOffset,
      end_lineno: nameTok.endLineno,
      end_col_offset: nameTok.endColOffset,
    };
    const e = p.lastToken();
    return {
      _type: "NamedExpr",
      target,
      value,
      lineno: nameTok.lineno,
      col_offset: nameTok.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  const value = parseExpression(p);
  if (p.at(":=")) {
    // invalid_named_expression: a=expression ':=' expression
    throw p.errorAtNode(value, `cannot use assignment expressions with ${exprName(value)}`);
  }
  if (invalidEquals && p.at("=")) {
    const error = invalidNamedExpression(p, start, value);
    if (error !== null) throw error;
  }
  return value;
}

/**
 * expression:
 *     | invalid_expression
 *     | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef
 */
export function parseExpression(p: Parser): expr {
  if (p.tok.string === "lambda" && p.tok.type === "NAME") return parseLambda(p);
  const start = p.pos;
  const body = parseDisjunction(p);
  if (p.tok.string === "if" && p.tok.type === "NAME") {
    p.next();
    const test = parseDisjunction(p);
    if (!p.eat("else")) {
      // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
      if (!p.at(":")) throw p.errorRange(body, test, "expected 'else' after 'if' expression");
      throw p.syntaxErrorAtToken(p.tok);
    }
    const orelse = parseExpression(p);
    const s = p.tokens[start]!;
    const e = p.lastToken();
    return {
      _type: "IfExp",
      test,
      body,
      orelse,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  // invalid_expression only matters inside brackets, where an expression cannot be directly
  // followed by the start of another one in valid code.
  if (p.level > 0 && startsExpression(p) && p.tok.string !== "yield") invalidExpressionCheck(p, start, body);
  return body;
}

/**
 * disjunction:
 *     | conjunction ('or' conjunction )+
 *     | conjunction
 */
export function parseDisjunction(p: Parser): expr {
  const start = p.pos;
  const first = parseConjunction(p);
  if (!(p.tok.string === "or" && p.tok.type === "NAME")) return first;
  const values = [first];
  while (p.tok.string === "or" && p.tok.type === "NAME") {
    p.next();
    values.push(parseConjunction(p));
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "BoolOp",
    op: OR,
    values,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * conjunction:
 *     | inversion ('and' inversion )+
 *     | inversion
 */
function parseConjunction(p: Parser): expr {
  const start = p.pos;
  const first = parseInversion(p);
  if (!(p.tok.string === "and" && p.tok.type === "NAME")) return first;
  const values = [first];
  while (p.tok.string === "and" && p.tok.type === "NAME") {
    p.next();
    values.push(parseInversion(p));
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "BoolOp",
    op: AND,
    values,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * inversion:
 *     | 'not' inversion
 *     | comparison
 */
function parseInversion(p: Parser): expr {
  if (p.tok.string === "not" && p.tok.type === "NAME") {
    const s = p.next();
    const operand = parseInversion(p);
    const e = p.lastToken();
    return {
      _type: "UnaryOp",
      op: NOT,
      operand,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  return parseComparison(p);
}

/** The comparison operator at the current token, consuming it (two tokens for `not in`, `is not`). */
function eatCompareOp(p: Parser): cmpop | null {
  const t = p.tok;
  if (t.type === "OP") {
    switch (t.string) {
      case "==":
        p.next();
        return EQ;
      case "!=":
        p.next();
        return NOTEQ;
      case "<":
        p.next();
        return LT;
      case "<=":
        p.next();
        return LTE;
      case ">":
        p.next();
        return GT;
      case ">=":
        p.next();
        return GTE;
      default:
        return null;
    }
  }
  if (t.type === "NAME") {
    if (t.string === "in") {
      p.next();
      return IN;
    }
    if (t.string === "not" && p.peek(1).string === "in") {
      p.next();
      p.next();
      return NOTIN;
    }
    if (t.string === "is") {
      p.next();
      if (p.tok.string === "not" && p.tok.type === "NAME") {
        p.next();
        return ISNOT;
      }
      return IS;
    }
  }
  return null;
}

/**
 * comparison:
 *     | bitwise_or compare_op_bitwise_or_pair+
 *     | bitwise_or
 */
function parseComparison(p: Parser): expr {
  const start = p.pos;
  const left = parseBitwiseOr(p);
  let op = eatCompareOp(p);
  if (op === null) return left;
  const ops: cmpop[] = [];
  const comparators: expr[] = [];
  while (op !== null) {
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
    op = eatCompareOp(p);
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  const node: Compare = {
    _type: "Compare",
    left,
    ops,
    comparators,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
  return node;
}

/**
 * bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: the left-recursive binary operator
 * rules, e.g.
 *     bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
 *     term: term ('*' | '/' | '//' | '%' | '@') factor | factor
 */
export function parseBitwiseOr(p: Parser): expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrecedence: number): expr {
  const start = p.pos;
  let left = parseFactor(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== "OP") return left;
    const precedence = BINARY_PRECEDENCE.get(t.string);
    if (precedence === undefined || precedence < minPrecedence) return left;
    p.next();
    const right = precedence === 6 ? parseFactor(p) : parseBinary(p, precedence + 1);
    const s = p.tokens[start]!;
    const e = p.lastToken();
    left = {
      _type: "BinOp",
      left,
      op: BINARY_OPERATORS.get(t.string)!,
      right,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
}

/**
 * factor:
 *     | '+' factor
 *     | '-' factor
 *     | '~' factor
 *     | power
 */
export function parseFactor(p: Parser): expr {
  const t = p.tok;
  if (t.type === "OP") {
    const op = t.string === "-" ? USUB : t.string === "+" ? UADD : t.string === "~" ? INVERT : null;
    if (op !== null) {
      p.next();
      const operand = parseFactor(p);
      const e = p.lastToken();
      return {
        _type: "UnaryOp",
        op,
        operand,
        lineno: t.lineno,
        col_offset: t.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
    }
  }
  return parsePower(p);
}

/**
 * power:
 *     | await_primary '**' factor
 *     | await_primary
 */
function parsePower(p: Parser): expr {
  const start = p.pos;
  const left = parseAwaitPrimary(p);
  if (!(p.tok.string === "**" && p.tok.type === "OP")) return left;
  p.next();
  const right = parseFactor(p);
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "BinOp",
    left,
    op: POW,
    right,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * await_primary:
 *     | AWAIT primary
 *     | primary
 */
function parseAwaitPrimary(p: Parser): expr {
  if (p.tok.string === "await" && p.tok.type === "NAME") {
    const s = p.next();
    const value = parsePrimary(p);
    const e = p.lastToken();
    return {
      _type: "Await",
      value,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  return parsePrimary(p);
}

/**
 * primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom
 */
export function parsePrimary(p: Parser): expr {
  const start = p.pos;
  let node = parseAtom(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== "OP") return node;
    if (t.string === ".") {
      p.next();
      const attr = p.expectName();
      const s = p.tokens[start]!;
      const e = p.lastToken();
      const a: Attribute = {
        _type: "Attribute",
        value: node,
        attr,
        ctx: LOAD,
        lineno: s.lineno,
        col_offset: s.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
      node = a;
    } else if (t.string === "(") {
      node = parseCallArguments(p, start, node);
    } else if (t.string === "[") {
      p.next();
      p.level++;
      const slice = parseSlices(p);
      p.level--;
      p.expect("]");
      const s = p.tokens[start]!;
      const e = p.lastToken();
      const sub: Subscript = {
        _type: "Subscript",
        value: node,
        slice,
        ctx: LOAD,
        lineno: s.lineno,
        col_offset: s.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
      node = sub;
    } else {
      return node;
    }
  }
}

/**
 * slices:
 *     | slice !','
 *     | ','.(slice | starred_expression)+ [',']
 */
function parseSlices(p: Parser): expr {
  const start = p.pos;
  const first = p.at("*") ? parseStarredExpression(p) : parseSlice(p);
  if (!p.at(",") && first._type !== "Starred") return first;
  const elts = [first];
  while (p.eat(",")) {
    if (p.at("]")) break;
    elts.push(p.at("*") ? parseStarredExpression(p) : parseSlice(p));
  }
  return tuple(p, start, elts);
}

/**
 * slice:
 *     | [expression] ':' [expression] [':' [expression] ]
 *     | named_expression
 */
function parseSlice(p: Parser): expr {
  const start = p.pos;
  let lower: expr | null = null;
  if (!p.at(":")) {
    lower = parseNamedExpression(p);
    if (!p.at(":")) return lower;
    if (lower._type === "NamedExpr") throw p.syntaxErrorAtToken(p.tok);
  }
  p.next();
  let upper: expr | null = null;
  let step: expr | null = null;
  if (!p.at(":") && !p.at(",") && !p.at("]")) upper = parseExpression(p);
  if (p.eat(":")) {
    if (!p.at(",") && !p.at("]")) step = parseExpression(p);
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Slice",
    lower,
    upper,
    step,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** starred_expression: '*' expression */
export function parseStarredExpression(p: Parser): Starred {
  const s = p.next();
  const value = parseExpression(p);
  const e = p.lastToken();
  return {
    _type: "Starred",
    value,
    ctx: LOAD,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * atom:
 *     | NAME
 *     | 'True' | 'False' | 'None'
 *     | &STRING strings
 *     | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...'
 */
export function parseAtom(p: Parser): expr {
  const t = p.tok;
  switch (t.type) {
    case "NAME": {
      const s = t.string;
      if (KEYWORDS.has(s)) {
        if (s === "True" || s === "False" || s === "None") {
          p.next();
          const value = s === "True" ? true : s === "False" ? false : null;
          return constant(value, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
        }
        throw p.syntaxErrorAtToken(t);
      }
      p.next();
      const name: Name = {
        _type: "Name",
        id: identifier(s),
        ctx: LOAD,
        lineno: t.lineno,
        col_offset: t.colOffset,
        end_lineno: t.endLineno,
        end_col_offset: t.endColOffset,
      };
      return name;
    }
    case "NUMBER":
      p.next();
      return constant(parseNumber(p, t), t.lineno, t.colOffset, t.endLineno, t.endColOffset);
    case "STRING":
      return parseStrings(p);
    case "OP":
      switch (t.string) {
        case "(":
          return parseParen(p);
        case "[":
          return parseBracket(p);
        case "{":
          return parseBrace(p);
        case "...":
          p.next();
          return constant(ELLIPSIS, t.lineno, t.colOffset, t.endLineno, t.endColOffset);
      }
      break;
  }
  throw p.syntaxErrorAtToken(t);
}

export function constant(
  value: Constant["value"],
  lineno: number,
  colOffset: number,
  endLineno: number,
  endColOffset: number,
): Constant {
  return {
    _type: "Constant",
    value,
    kind: null,
    lineno,
    col_offset: colOffset,
    end_lineno: endLineno,
    end_col_offset: endColOffset,
  };
}

/** A Load tuple spanning from the token at `start` to the last consumed token. */
export function tuple(p: Parser, start: number, elts: expr[]): expr {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Tuple",
    elts,
    ctx: LOAD,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * Whether the current token can begin an expression; used where a trailing comma may end a
 * list (`x = 1,` then NEWLINE, `return a, b,` …) instead of pegen's lookahead failure.
 */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case "NAME":
      if (!KEYWORDS.has(t.string)) return true;
      switch (t.string) {
        case "True":
        case "False":
        case "None":
        case "not":
        case "lambda":
        case "await":
        case "yield":
          return true;
        default:
          return false;
      }
    case "NUMBER":
    case "STRING":
      return true;
    case "OP":
      switch (t.string) {
        case "(":
        case "[":
        case "{":
        case "-":
        case "+":
        case "~":
        case "*":
        case "...":
          return true;
        default:
          return false;
      }
    default:
      return false;
  }
}

/** Whether the current token can begin a `primary` (an atom). */
export function startsPrimary(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case "NAME":
      return !KEYWORDS.has(t.string) || t.string === "True" || t.string === "False" || t.string === "None";
    case "NUMBER":
    case "STRING":
      return true;
    case "OP":
      return t.string === "(" || t.string === "[" || t.string === "{" || t.string === "...";
    default:
      return false;
  }
}

/**
 * yield_expr:
 *     | 'yield' 'from' expression
 *     | 'yield' [star_expressions]
 */
export function parseYieldExpr(p: Parser): expr {
  const s = p.next();
  if (p.tok.string === "from" && p.tok.type === "NAME") {
    p.next();
    const value = parseExpression(p);
    const e = p.lastToken();
    return {
      _type: "YieldFrom",
      value,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  const e = p.lastToken();
  return {
    _type: "Yield",
    value,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}
