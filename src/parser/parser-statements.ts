/**
 * Statement sequences, blocks and simple statements (GENERAL STATEMENTS and SIMPLE STATEMENTS in
 * Grammar/python.gram). Compound statements are in parser-compound.ts.
 *
 * An expression statement, an assignment and an augmented assignment all start with
 * star_expressions; what follows decides which one it is, and the left side is then turned into
 * a target (parser-targets.ts) — the same reading CPython's invalid_assignment rule relies on.
 */
import type { Assign, alias, expr, stmt } from "./ast.generated.js";
import { parseCompoundStatement } from "./parser-compound.js";
import { KEYWORDS, type Parser, onlySyntaxErrors } from "./parser-core.js";
import { exprName, invalidNamedExpression, isLegacyName } from "./parser-errors.js";
import {
  parseBitwiseOr,
  parseExpression,
  parseStarExpressions,
  parseYieldExpr,
  startsExpression,
} from "./parser-expressions.js";
import { AUGMENTED_OPERATORS, STORE } from "./parser-nodes.js";
import { invalidTargetError, setDel, setStore } from "./parser-targets.js";

/** statements: statement+ — until DEDENT or ENDMARKER. */
export function parseStatements(p: Parser, body: stmt[]): void {
  for (;;) {
    const t = p.tok;
    if (t.type === "DEDENT" || t.type === "ENDMARKER") return;
    parseStatement(p, body);
  }
}

/** statement: compound_stmt | simple_stmts */
export function parseStatement(p: Parser, body: stmt[]): void {
  const compound = parseCompoundStatement(p);
  if (compound !== null) {
    body.push(compound);
    return;
  }
  parseSimpleStatements(p, body);
}

/**
 * simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE
 */
export function parseSimpleStatements(p: Parser, body: stmt[]): void {
  for (;;) {
    const s = parseSimpleStatement(p);
    body.push(s);
    const t = p.tok;
    if (t.type === "NEWLINE") {
      p.next();
      return;
    }
    if (t.type === "OP" && t.string === ";") {
      p.next();
      if (p.tok.type === "NEWLINE") {
        p.next();
        return;
      }
      continue;
    }
    throw statementEndError(p, s);
  }
}

/**
 * The error when a simple statement is followed by something other than ';' or NEWLINE:
 * invalid_legacy_expression for `print x`, else the generic error at that token.
 */
function statementEndError(p: Parser, s: stmt): Error {
  const bad = p.tok;
  if (s._type === "Expr" && isLegacyName(s.value) && startsExpression(p) && !p.at("(")) {
    const a = s.value;
    try {
      const b = parseStarExpressions(p);
      const name = a._type === "Name" ? a.id : "";
      return p.errorRange(a, b, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`);
    } catch (e) {
      onlySyntaxErrors(e);
      return p.syntaxErrorAtToken(bad);
    }
  }
  return p.syntaxErrorAtToken(bad);
}

/**
 * simple_stmt:
 *     | assignment
 *     | star_expressions
 *     | &'return' return_stmt
 *     | &('import' | 'from') import_stmt
 *     | &'raise' raise_stmt
 *     | 'pass'
 *     | &'del' del_stmt
 *     | &'yield' yield_stmt
 *     | &'assert' assert_stmt
 *     | 'break'
 *     | 'continue'
 *     | &'global' global_stmt
 *     | &'nonlocal' nonlocal_stmt
 */
export function parseSimpleStatement(p: Parser): stmt {
  const t = p.tok;
  if (t.type === "NAME" && KEYWORDS.has(t.string)) {
    switch (t.string) {
      case "pass":
      case "break":
      case "continue": {
        p.next();
        const type = t.string === "pass" ? "Pass" : t.string === "break" ? "Break" : "Continue";
        return {
          _type: type,
          lineno: t.lineno,
          col_offset: t.colOffset,
          end_lineno: t.endLineno,
          end_col_offset: t.endColOffset,
        };
      }
      case "return":
        return parseReturn(p);
      case "import":
        return parseImport(p);
      case "from":
        return parseImportFrom(p);
      case "raise":
        return parseRaise(p);
      case "del":
        return parseDel(p);
      case "assert":
        return parseAssert(p);
      case "global":
      case "nonlocal":
        return parseGlobal(p);
      default:
        break;
    }
  }
  return parseExpressionStatement(p);
}

/**
 * assignment:
 *     | NAME ':' expression ['=' annotated_rhs ]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
 *     | (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ (yield_expr | star_expressions)
 *     | invalid_assignment
 * and star_expressions as an expression statement.
 */
function parseExpressionStatement(p: Parser): stmt {
  const start = p.pos;
  const first =
    p.tok.string === "yield" && p.tok.type === "NAME" ? parseYieldExpr(p) : parseStarExpressions(p);
  const t = p.tok;
  if (t.type === "OP") {
    if (t.string === "=") return parseAssignment(p, start, first);
    if (t.string === ":") return parseAnnotatedAssignment(p, start, first);
    if (t.string === ":=") throw walrusStatementError(p, start) ?? p.syntaxErrorAtToken(t);
    const op = AUGMENTED_OPERATORS.get(t.string);
    if (op !== undefined) {
      if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
        throw p.errorAtNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
      }
      first.ctx = STORE;
      p.next();
      const value = parseAssignedValue(p);
      const s = p.tokens[start]!;
      const e = p.lastToken();
      return {
        _type: "AugAssign",
        target: first,
        op,
        value,
        lineno: s.lineno,
        col_offset: s.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      };
    }
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Expr",
    value: first,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** yield_expr | star_expressions */
function parseAssignedValue(p: Parser): expr {
  if (p.tok.string === "yield" && p.tok.type === "NAME") return parseYieldExpr(p);
  return parseStarExpressions(p);
}

/** (star_targets '=')+ (yield_expr | star_expressions) !'=' */
function parseAssignment(p: Parser, start: number, first: expr): Assign {
  const targets = [first];
  let value: expr;
  for (;;) {
    p.next();
    value = parseAssignedValue(p);
    if (!p.at("=")) break;
    targets.push(value);
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    if (setStore(target)) continue;
    if (i === 0) {
      const error = firstTargetError(p, start);
      if (error !== null) throw error;
    }
    makeStoreTarget(p, target);
  }
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Assign",
    targets,
    value,
    type_comment: null,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * invalid_assignment's second alternative reads the first target as star_named_expressions, so
 * the element right before the first '=' is a named_expression followed by '=', and
 * invalid_named_expression gets its say first ("cannot assign to %s here. Maybe you meant …").
 */
function firstTargetError(p: Parser, start: number): Error | null {
  return p.speculate(() => {
    p.reset(start);
    for (;;) {
      if (p.at("*")) {
        p.next();
        parseBitwiseOr(p);
      } else {
        const elementStart = p.pos;
        const element = parseExpression(p);
        if (p.at("=")) return invalidNamedExpression(p, elementStart, element, true);
      }
      if (!p.eat(",")) return null;
    }
  });
}

/**
 * Turns an assignment's left side into a Store target, or raises invalid_assignment's error:
 *     | (star_targets '=')* a=star_expressions '='   "cannot assign to %s"
 *     | (star_targets '=')* a=yield_expr '='         "assignment to yield expression not possible"
 */
export function makeStoreTarget(p: Parser, target: expr): void {
  if (target._type === "Yield" || target._type === "YieldFrom") {
    throw p.errorAtNode(target, "assignment to yield expression not possible");
  }
  if (setStore(target)) return;
  throw invalidTargetError(p, target, "star") ?? p.errorAtNode(target, "invalid syntax");
}

/**
 * The annotated forms of assignment, and invalid_assignment's
 *     | a=invalid_ann_assign_target ':' expression   "only single target (not %s) can be annotated"
 *     | a=star_named_expression ',' star_named_expressions* ':' expression   "… (not tuple) …"
 *     | a=expression ':' expression                  "illegal target for annotation"
 */
function parseAnnotatedAssignment(p: Parser, start: number, target: expr): stmt {
  const startTok = p.tokens[start]!;
  const parenthesized = startTok.type === "OP" && startTok.string === "(";
  if (target._type !== "Name" && target._type !== "Attribute" && target._type !== "Subscript") {
    // Only the second pass reads `':' expression` after such a target: without one, the
    // generic error stays at the ':'.
    const annotated = p.speculate(() => {
      p.next();
      parseExpression(p);
      return true;
    });
    if (annotated === null) throw p.syntaxErrorAtToken(p.tok);
    const parenthesizedTuple =
      parenthesized && target.lineno === startTok.lineno && target.col_offset === startTok.colOffset;
    throw annotationTargetError(p, target, parenthesizedTuple);
  }
  target.ctx = STORE;
  p.next();
  const annotation = parseExpression(p);
  let value: expr | null = null;
  if (p.eat("=")) value = parseAssignedValue(p);
  const e = p.lastToken();
  return {
    _type: "AnnAssign",
    target,
    annotation,
    value,
    simple: target._type === "Name" && !parenthesized ? 1 : 0,
    lineno: startTok.lineno,
    col_offset: startTok.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** The error for an annotated target that is not a name, attribute or subscript. */
function annotationTargetError(p: Parser, target: expr, parenthesizedTuple: boolean): Error {
  if (target._type === "List") return p.errorAtNode(target, "only single target (not list) can be annotated");
  if (target._type === "Tuple") {
    const at = parenthesizedTuple ? target : (target.elts[0] ?? target);
    return p.errorAtNode(at, "only single target (not tuple) can be annotated");
  }
  return p.errorAtNode(target, "illegal target for annotation");
}

/**
 * invalid_named_expression's `a=expression ':=' expression` reached through invalid_assignment's
 * star_named_expressions: an element of the statement's first expression list that is followed by
 * ':=' and is not a plain name (`NAME ':='` parses as an assignment expression).
 */
function walrusStatementError(p: Parser, start: number): Error | null {
  return p.speculate(() => {
    p.reset(start);
    for (;;) {
      if (p.at("*")) {
        p.next();
        parseBitwiseOr(p);
      } else {
        const elementStart = p.pos;
        const element = parseExpression(p);
        if (p.at(":=")) {
          if (element._type === "Name" && p.pos === elementStart + 1) return null;
          p.next();
          parseExpression(p);
          return p.errorAtNode(element, `cannot use assignment expressions with ${exprName(element)}`);
        }
      }
      if (!p.eat(",")) return null;
    }
  });
}

/** return_stmt: 'return' [star_expressions] */
function parseReturn(p: Parser): stmt {
  const s = p.next();
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  const e = p.lastToken();
  return {
    _type: "Return",
    value,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * raise_stmt:
 *     | 'raise' expression ['from' expression ]
 *     | 'raise'
 */
function parseRaise(p: Parser): stmt {
  const s = p.next();
  let exc: expr | null = null;
  let cause: expr | null = null;
  if (startsExpression(p)) {
    exc = parseExpression(p);
    if (p.eat("from")) cause = parseExpression(p);
  }
  const e = p.lastToken();
  return {
    _type: "Raise",
    exc,
    cause,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * global_stmt: 'global' ','.NAME+
 * nonlocal_stmt: 'nonlocal' ','.NAME+
 */
function parseGlobal(p: Parser): stmt {
  const s = p.next();
  const names = [p.expectName()];
  while (p.eat(",")) names.push(p.expectName());
  const e = p.lastToken();
  return {
    _type: s.string === "global" ? "Global" : "Nonlocal",
    names,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * del_stmt:
 *     | 'del' del_targets &(';' | NEWLINE)
 *     | invalid_del_stmt          ('del' a=star_expressions: "cannot delete %s")
 */
function parseDel(p: Parser): stmt {
  const s = p.next();
  const targetsStart = p.pos;
  const targets: expr[] = [];
  let ok = true;
  for (;;) {
    if (!startsExpression(p) || p.at("*")) {
      ok = false;
      break;
    }
    const t = parseExpression(p);
    if (!setDel(t)) {
      ok = false;
      break;
    }
    targets.push(t);
    if (!p.eat(",")) break;
    if (p.at(";") || p.tok.type === "NEWLINE") break;
  }
  if (!ok || !(p.at(";") || p.tok.type === "NEWLINE")) {
    const failedAt = p.tok;
    p.reset(targetsStart);
    let a: expr;
    try {
      a = parseStarExpressions(p);
    } catch (e) {
      onlySyntaxErrors(e);
      throw p.syntaxErrorAtToken(failedAt);
    }
    throw invalidTargetError(p, a, "del") ?? p.syntaxErrorAtToken(failedAt);
  }
  const e = p.lastToken();
  return {
    _type: "Delete",
    targets,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** assert_stmt: 'assert' expression [',' expression ] */
function parseAssert(p: Parser): stmt {
  const s = p.next();
  const test = parseExpression(p);
  const msg = p.eat(",") ? parseExpression(p) : null;
  const e = p.lastToken();
  return {
    _type: "Assert",
    test,
    msg,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * dotted_name: dotted_name '.' NAME | NAME — returned as the joined identifier.
 */
function parseDottedName(p: Parser): string {
  let name = p.expectName();
  while (p.at(".")) {
    p.next();
    name += "." + p.expectName();
  }
  return name;
}

/**
 * import_name: 'import' dotted_as_names
 * dotted_as_name: dotted_name ['as' NAME ]
 */
function parseImport(p: Parser): stmt {
  const s = p.next();
  const names: alias[] = [];
  do {
    const a = p.tok;
    const name = parseDottedName(p);
    const asname = p.eat("as") ? p.expectName() : null;
    const e = p.lastToken();
    names.push({
      _type: "alias",
      name,
      asname,
      lineno: a.lineno,
      col_offset: a.colOffset,
      end_lineno: e.endLineno,
      end_col_offset: e.endColOffset,
    });
  } while (p.eat(","));
  const e = p.lastToken();
  return {
    _type: "Import",
    names,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets
 */
function parseImportFrom(p: Parser): stmt {
  const s = p.next();
  let level = 0;
  for (;;) {
    if (p.at(".")) level += 1;
    else if (p.at("...")) level += 3;
    else break;
    p.next();
  }
  let module: string | null = null;
  if (level === 0 || !p.at("import")) module = parseDottedName(p);
  p.expect("import");
  const names: alias[] = [];
  if (p.at("*")) {
    const star = p.next();
    names.push({
      _type: "alias",
      name: "*",
      asname: null,
      lineno: star.lineno,
      col_offset: star.colOffset,
      end_lineno: star.endLineno,
      end_col_offset: star.endColOffset,
    });
  } else {
    const paren = p.eat("(");
    if (paren) p.level++;
    for (;;) {
      const a = p.tok;
      const name = p.expectName();
      const asname = p.eat("as") ? p.expectName() : null;
      const e = p.lastToken();
      names.push({
        _type: "alias",
        name,
        asname,
        lineno: a.lineno,
        col_offset: a.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      });
      if (!p.at(",")) break;
      p.next();
      if (paren && p.at(")")) break;
      if (!paren && p.tok.type === "NEWLINE") {
        throw p.errorAtLastFetched("trailing comma not allowed without surrounding parentheses");
      }
    }
    if (paren) {
      p.level--;
      p.expect(")");
    }
  }
  const e = p.lastToken();
  return {
    _type: "ImportFrom",
    module,
    names,
    level,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * block:
 *     | NEWLINE INDENT statements DEDENT
 *     | simple_stmts
 *     | invalid_block
 * `what` names the statement for "expected an indented block after …" (the invalid_*_stmt
 * rules' messages); `keyword` is the token the message's line number comes from.
 */
export function parseBlock(p: Parser, what: string | null, keyword: { lineno: number }): stmt[] {
  const body: stmt[] = [];
  if (p.tok.type === "NEWLINE") {
    p.next();
    if (!p.atType("INDENT")) {
      const msg =
        what === null
          ? "expected an indented block"
          : `expected an indented block after ${what} on line ${keyword.lineno}`;
      throw p.errorAtLastFetched(msg, "IndentationError");
    }
    p.next();
    parseStatements(p, body);
    if (!p.atType("DEDENT")) throw p.syntaxErrorAtToken(p.tok);
    p.next();
    return body;
  }
  parseSimpleStatements(p, body);
  return body;
}

/** For statements whose header must end with ':' — "expected ':'" when a NEWLINE comes instead. */
export function expectColon(p: Parser): void {
  if (p.at(":")) {
    p.next();
    return;
  }
  if (p.tok.type === "NEWLINE") throw p.errorAtLastFetched("expected ':'");
  throw p.syntaxErrorAtToken(p.tok);
}
