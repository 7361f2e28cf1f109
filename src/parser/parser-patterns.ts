/**
 * The match statement and its patterns ("Match statement" in Grammar/python.gram).
 *
 * `match` and `case` are soft keywords: a statement starting with the name `match` is a match
 * statement only when `match subject ':' NEWLINE` reads through; otherwise the parser backs up and
 * reads it as a simple statement (`match(x)`, `match[x]: int`, `match = 1`).
 */
import type { Constant, expr, match_case, pattern, stmt } from "./ast.generated.js";
import { type Parser, identifier, onlySyntaxErrors } from "./parser-core.js";
import { parseNamedExpression, parseStarNamedExpression, tuple } from "./parser-expressions.js";
import { ADD, LOAD, SUB, USUB } from "./parser-nodes.js";
import { parseNumber } from "./parser-numbers.js";
import { expectColon, parseBlock, parseSimpleStatements } from "./parser-statements.js";
import { parseStrings } from "./parser-strings.js";
import type { Token } from "./token.js";

/**
 * match_stmt:
 *     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *     | invalid_match_stmt
 * Returns null when the statement is not a match statement.
 */
export function parseMatch(p: Parser): stmt | null {
  const next = p.peek(1);
  if (!(next.type === "NAME" || next.type === "NUMBER" || next.type === "STRING" || next.type === "OP"))
    return null;
  if (next.type === "OP" && !SUBJECT_START_OPS.has(next.string)) return null;
  const save = p.pos;
  const level = p.level;
  const kw = p.tok;
  let subject: expr;
  try {
    p.next();
    subject = parseSubject(p);
  } catch (e) {
    onlySyntaxErrors(e);
    p.reset(save);
    p.level = level;
    return null;
  }
  if (!(p.at(":") && p.peek(1).type === "NEWLINE")) {
    if (p.tok.type === "NEWLINE") {
      // invalid_match_stmt: "match" subject_expr NEWLINE — unless it reads as a statement.
      p.reset(save);
      p.level = level;
      if (readsAsSimpleStatement(p)) return null;
      p.next();
      parseSubject(p);
      throw p.errorAtLastFetched("expected ':'");
    }
    p.reset(save);
    p.level = level;
    return null;
  }
  p.next();
  p.next();
  if (p.tok.type !== "INDENT") {
    throw p.errorAtLastFetched(
      `expected an indented block after 'match' statement on line ${kw.lineno}`,
      "IndentationError",
    );
  }
  p.next();
  const cases: match_case[] = [];
  while (p.atType("NAME") && p.tok.string === "case") cases.push(parseCase(p));
  if (cases.length === 0 || !p.atType("DEDENT")) throw p.syntaxErrorAtToken(p.tok);
  p.next();
  const e = p.lastToken();
  return {
    _type: "Match",
    subject,
    cases,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

const SUBJECT_START_OPS: ReadonlySet<string> = new Set(["(", "[", "{", "-", "+", "~", "*", "..."]);

/** Whether the statement at the cursor parses as simple statements (the cursor is restored). */
function readsAsSimpleStatement(p: Parser): boolean {
  const save = p.pos;
  const level = p.level;
  p.noInvalid++;
  try {
    parseSimpleStatements(p, []);
    return true;
  } catch (e) {
    onlySyntaxErrors(e);
    return false;
  } finally {
    p.noInvalid--;
    p.reset(save);
    p.level = level;
  }
}

/**
 * subject_expr:
 *     | star_named_expression ',' star_named_expressions?
 *     | named_expression
 */
function parseSubject(p: Parser): expr {
  const start = p.pos;
  const first = parseStarNamedExpression(p);
  if (!p.at(",")) {
    if (first._type === "Starred") throw p.syntaxErrorAtToken(p.tok);
    return first;
  }
  const elts = [first];
  while (p.eat(",")) {
    if (p.at(":")) break;
    elts.push(parseStarNamedExpression(p));
  }
  return tuple(p, start, elts);
}

/**
 * case_block:
 *     | invalid_case_block
 *     | "case" patterns guard? ':' block
 * guard: 'if' named_expression
 */
function parseCase(p: Parser): match_case {
  const kw = p.next();
  const pat = parsePatterns(p);
  const guard = p.eat("if") ? parseNamedExpression(p) : null;
  expectColon(p);
  const body = parseBlock(p, "'case' statement", kw);
  return { _type: "match_case", pattern: pat, guard, body };
}

/**
 * patterns:
 *     | open_sequence_pattern
 *     | pattern
 */
function parsePatterns(p: Parser): pattern {
  const start = p.pos;
  const first = parseMaybeStarPattern(p);
  if (!p.at(",")) {
    if (first._type === "MatchStar") throw p.syntaxErrorAtToken(p.tok);
    return first;
  }
  const patterns = [first];
  while (p.eat(",")) {
    if (p.at(":") || p.at("if")) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  return sequence(p, start, patterns);
}

function sequence(p: Parser, start: number, patterns: pattern[]): pattern {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "MatchSequence",
    patterns,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * maybe_star_pattern: star_pattern | pattern
 * star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
 */
function parseMaybeStarPattern(p: Parser): pattern {
  if (!p.at("*")) return parsePattern(p);
  const s = p.next();
  const t = p.tok;
  if (t.type !== "NAME" || !isCaptureName(p)) throw p.syntaxErrorAtToken(t);
  p.next();
  return {
    _type: "MatchStar",
    name: t.string === "_" ? null : identifier(t.string),
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: t.endLineno,
    end_col_offset: t.endColOffset,
  };
}

/** A NAME usable as a capture target here: not a keyword, not followed by '.', '(' or '='. */
function isCaptureName(p: Parser): boolean {
  const t = p.tok;
  if (t.type !== "NAME" || !p.atName()) return false;
  const n = p.peek(1);
  return !(n.type === "OP" && (n.string === "." || n.string === "(" || n.string === "="));
}

/**
 * pattern: as_pattern | or_pattern
 * as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
 * or_pattern: '|'.closed_pattern+
 */
function parsePattern(p: Parser): pattern {
  const start = p.pos;
  const first = parseClosedPattern(p);
  let result = first;
  if (p.at("|")) {
    const patterns = [first];
    while (p.eat("|")) patterns.push(parseClosedPattern(p));
    const s = p.tokens[start]!;
    const e = p.lastToken();
    result = {
      _type: "MatchOr",
      patterns,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  if (!p.at("as")) return result;
  p.next();
  const t = p.tok;
  if (t.type === "NAME" && t.string === "_") throw p.errorAtToken(t, "cannot use '_' as a target");
  if (!isCaptureName(p)) {
    // invalid_as_pattern: or_pattern 'as' !NAME a=expression
    if (t.type !== "NAME") {
      const a = parseNamedExpression(p);
      throw p.errorAtNode(a, "invalid pattern target");
    }
    throw p.syntaxErrorAtToken(t);
  }
  p.next();
  const s = p.tokens[start]!;
  return {
    _type: "MatchAs",
    pattern: result,
    name: identifier(t.string),
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: t.endLineno,
    end_col_offset: t.endColOffset,
  };
}

/**
 * closed_pattern:
 *     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
 */
function parseClosedPattern(p: Parser): pattern {
  const t = p.tok;
  const start = p.pos;
  switch (t.type) {
    case "NUMBER":
    case "STRING":
      return matchValue(p, start, parseLiteralExpr(p));
    case "NAME": {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        p.next();
        return {
          _type: "MatchSingleton",
          value: t.string === "None" ? null : t.string === "True",
          lineno: t.lineno,
          col_offset: t.colOffset,
          end_lineno: t.endLineno,
          end_col_offset: t.endColOffset,
        };
      }
      if (!p.atName()) throw p.syntaxErrorAtToken(t);
      if (t.string === "_") {
        // wildcard_pattern: "_" (a following '.' or '(' is then a syntax error, as in PEG).
        p.next();
        return matchAs(null, null, t, t);
      }
      const n = p.peek(1);
      if (n.type === "OP" && (n.string === "." || n.string === "(")) {
        const cls = parseNameOrAttr(p);
        if (p.at("(")) return parseClassPattern(p, start, cls);
        return matchValue(p, start, cls);
      }
      p.next();
      return matchAs(null, identifier(t.string), t, t);
    }
    case "OP":
      switch (t.string) {
        case "-":
          return matchValue(p, start, parseLiteralExpr(p));
        case "(":
          return parseParenPattern(p);
        case "[": {
          p.next();
          p.level++;
          const patterns: pattern[] = [];
          while (!p.at("]")) {
            patterns.push(parseMaybeStarPattern(p));
            if (!p.eat(",")) break;
          }
          p.level--;
          p.expect("]");
          return sequence(p, start, patterns);
        }
        case "{":
          return parseMappingPattern(p);
      }
      break;
  }
  throw p.syntaxErrorAtToken(t);
}

function matchValue(p: Parser, start: number, value: expr): pattern {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "MatchValue",
    value,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

function matchAs(pat: pattern | null, name: string | null, s: Token, e: Token): pattern {
  return {
    _type: "MatchAs",
    pattern: pat,
    name,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * group_pattern: '(' pattern ')'
 * sequence_pattern: '(' open_sequence_pattern? ')'
 */
function parseParenPattern(p: Parser): pattern {
  const start = p.pos;
  p.next();
  p.level++;
  if (p.at(")")) {
    p.level--;
    p.next();
    return sequence(p, start, []);
  }
  const first = parseMaybeStarPattern(p);
  if (p.at(")") && first._type !== "MatchStar") {
    p.level--;
    p.next();
    return first;
  }
  if (!p.at(",")) throw p.syntaxErrorAtToken(p.tok);
  const patterns = [first];
  while (p.eat(",")) {
    if (p.at(")")) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  p.level--;
  p.expect(")");
  return sequence(p, start, patterns);
}

/**
 * literal_expr (and literal_pattern's values):
 *     | signed_number !('+' | '-')
 *     | complex_number
 *     | strings
 *     | 'None' | 'True' | 'False'
 * complex_number: signed_real_number ('+' | '-') imaginary_number
 */
function parseLiteralExpr(p: Parser): expr {
  const t = p.tok;
  if (t.type === "STRING") return parseStrings(p);
  if (t.type === "NAME" && (t.string === "None" || t.string === "True" || t.string === "False")) {
    p.next();
    return constant(t.string === "None" ? null : t.string === "True", t, t);
  }
  const start = p.pos;
  const real = parseSignedNumber(p);
  if (!(p.at("+") || p.at("-"))) return real;
  // complex_number
  const number = real._type === "UnaryOp" ? real.operand : real;
  if (number._type === "Constant" && isImaginary(number)) {
    throw p.errorAtNode(number, "real number required in complex literal");
  }
  const op = p.next().string === "+" ? ADD : SUB;
  const it = p.tok;
  if (it.type !== "NUMBER") throw p.syntaxErrorAtToken(it);
  p.next();
  const imag = constant(parseNumber(p, it), it, it);
  if (!isImaginary(imag)) throw p.errorAtNode(imag, "imaginary number required in complex literal");
  const s = p.tokens[start]!;
  return {
    _type: "BinOp",
    left: real,
    op,
    right: imag,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: it.endLineno,
    end_col_offset: it.endColOffset,
  };
}

function isImaginary(c: Constant): boolean {
  const v = c.value;
  return typeof v === "object" && v !== null && v.kind === "complex";
}

/** signed_number: NUMBER | '-' NUMBER */
function parseSignedNumber(p: Parser): expr {
  const t = p.tok;
  if (t.type === "OP" && t.string === "-") {
    p.next();
    const n = p.tok;
    if (n.type !== "NUMBER") throw p.syntaxErrorAtToken(n);
    p.next();
    return {
      _type: "UnaryOp",
      op: USUB,
      operand: constant(parseNumber(p, n), n, n),
      lineno: t.lineno,
      col_offset: t.colOffset,
      end_lineno: n.endLineno,
      end_col_offset: n.endColOffset,
    };
  }
  if (t.type !== "NUMBER") throw p.syntaxErrorAtToken(t);
  p.next();
  return constant(parseNumber(p, t), t, t);
}

function constant(value: Constant["value"], s: Token, e: Token): Constant {
  return {
    _type: "Constant",
    value,
    kind: null,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * name_or_attr: attr | NAME
 * attr: name_or_attr '.' NAME
 */
function parseNameOrAttr(p: Parser): expr {
  const s = p.tok;
  let node: expr = {
    _type: "Name",
    id: p.expectName(),
    ctx: LOAD,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: s.endLineno,
    end_col_offset: s.endColOffset,
  };
  while (p.at(".")) {
    p.next();
    const attr = p.expectName();
    const e = p.lastToken();
    node = {
      _type: "Attribute",
      value: node,
      attr,
      ctx: LOAD,
      lineno: s.lineno,
      col_offset: s.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    };
  }
  return node;
}

/**
 * class_pattern:
 *     | name_or_attr '(' ')'
 *     | name_or_attr '(' positional_patterns ','? ')'
 *     | name_or_attr '(' keyword_patterns ','? ')'
 *     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
 *     | invalid_class_pattern
 * keyword_pattern: NAME '=' pattern
 */
function parseClassPattern(p: Parser, start: number, cls: expr): pattern {
  p.next();
  p.level++;
  const patterns: pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: pattern[] = [];
  let misplaced: pattern[] | null = null;
  while (!p.at(")")) {
    const t = p.tok;
    if (t.type === "NAME" && p.peek(1).string === "=" && p.peek(1).type === "OP") {
      kwdAttrs.push(p.expectName());
      p.next();
      kwdPatterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwdAttrs.length > 0) (misplaced ??= []).push(pat);
      else patterns.push(pat);
    }
    if (!p.eat(",")) break;
  }
  if (misplaced !== null) {
    throw p.errorRange(
      misplaced[0]!,
      misplaced[misplaced.length - 1]!,
      "positional patterns follow keyword patterns",
    );
  }
  p.level--;
  p.expect(")");
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "MatchClass",
    cls,
    patterns,
    kwd_attrs: kwdAttrs,
    kwd_patterns: kwdPatterns,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * mapping_pattern:
 *     | '{' '}'
 *     | '{' double_star_pattern ','? '}'
 *     | '{' items_pattern ',' double_star_pattern ','? '}'
 *     | '{' items_pattern ','? '}'
 * key_value_pattern: (literal_expr | attr) ':' pattern
 * double_star_pattern: '**' pattern_capture_target
 */
function parseMappingPattern(p: Parser): pattern {
  const start = p.pos;
  p.next();
  p.level++;
  const keys: expr[] = [];
  const patterns: pattern[] = [];
  let rest: string | null = null;
  while (!p.at("}")) {
    if (p.at("**")) {
      p.next();
      if (!isCaptureName(p)) throw p.syntaxErrorAtToken(p.tok);
      rest = identifier(p.next().string);
      p.eat(",");
      break;
    }
    const t = p.tok;
    let key: expr;
    if (t.type === "NAME" && t.string !== "None" && t.string !== "True" && t.string !== "False") {
      key = parseNameOrAttr(p);
      if (key._type !== "Attribute") throw p.syntaxErrorAtToken(p.tok);
    } else {
      key = parseLiteralExpr(p);
    }
    p.expect(":");
    keys.push(key);
    patterns.push(parsePattern(p));
    if (!p.eat(",")) break;
  }
  p.level--;
  p.expect("}");
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "MatchMapping",
    keys,
    patterns,
    rest,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}
