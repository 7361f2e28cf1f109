/**
 * Compound statements (COMPOUND STATEMENTS in Grammar/python.gram): function and class
 * definitions with their decorators, if / while / for / with / try, and match (its patterns
 * are in parser-patterns.ts). Each node spans from its keyword (or `async`) to the last token of
 * its last block; decorators are outside that span, as in CPython 3.8+.
 */
import type { ExceptHandler, expr, stmt, withitem } from "./ast.generated.js";
import { parseCallArguments, parseParameters, tokenSpan } from "./parser-arguments.js";
import { type Parser, onlySyntaxErrors } from "./parser-core.js";
import { invalidForTarget } from "./parser-displays.js";
import {
  parseExpression,
  parseExpressions,
  parseNamedExpression,
  parseStarExpressions,
  startsExpression,
} from "./parser-expressions.js";
import { LOAD } from "./parser-nodes.js";
import { parseMatch } from "./parser-patterns.js";
import { expectColon, parseBlock } from "./parser-statements.js";
import { invalidTargetError, parseStarTarget, parseStarTargets } from "./parser-targets.js";
import type { Token } from "./token.js";

/**
 * compound_stmt:
 *     | &('def' | '@' | ASYNC) function_def
 *     | &'if' if_stmt
 *     | &('class' | '@') class_def
 *     | &('with' | ASYNC) with_stmt
 *     | &('for' | ASYNC) for_stmt
 *     | &'try' try_stmt
 *     | &'while' while_stmt
 *     | match_stmt
 * Returns null when the statement is not a compound one.
 */
export function parseCompoundStatement(p: Parser): stmt | null {
  const t = p.tok;
  if (t.type === "OP") return t.string === "@" ? parseDecorated(p) : null;
  if (t.type !== "NAME") return null;
  switch (t.string) {
    case "def":
      return parseFunctionDef(p, [], null);
    case "if":
      return parseIf(p);
    case "class":
      return parseClassDef(p, []);
    case "with":
      return parseWith(p, null);
    case "for":
      return parseFor(p, null);
    case "try":
      return parseTry(p);
    case "while":
      return parseWhile(p);
    case "async": {
      const next = p.peek(1);
      if (next.type !== "NAME") return null;
      if (next.string === "def") return parseFunctionDef(p, [], p.next());
      if (next.string === "with") return parseWith(p, p.next());
      if (next.string === "for") return parseFor(p, p.next());
      return null;
    }
    case "match":
      return parseMatch(p);
    default:
      return null;
  }
}

/** decorators: ('@' named_expression NEWLINE)+ — then a function or class definition. */
function parseDecorated(p: Parser): stmt {
  const decorators: expr[] = [];
  while (p.at("@")) {
    p.next();
    decorators.push(parseNamedExpression(p));
    if (p.tok.type !== "NEWLINE") throw p.syntaxErrorAtToken(p.tok);
    p.next();
  }
  const t = p.tok;
  if (t.type === "NAME") {
    if (t.string === "def") return parseFunctionDef(p, decorators, null);
    if (t.string === "class") return parseClassDef(p, decorators);
    if (t.string === "async" && p.peek(1).string === "def") return parseFunctionDef(p, decorators, p.next());
  }
  throw p.syntaxErrorAtToken(t);
}

/**
 * function_def_raw:
 *     | 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
 *     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression ] &&':' [func_type_comment] block
 */
function parseFunctionDef(p: Parser, decorators: expr[], asyncTok: Token | null): stmt {
  const def = p.next();
  const start = asyncTok ?? def;
  const name = p.expectName();
  p.expectForced("(");
  p.level++;
  const args = parseParameters(p, false);
  p.level--;
  p.expect(")");
  let returns: expr | null = null;
  if (p.at("->")) {
    const arrow = p.next();
    // ['->' expression] is optional: without an expression, &&':' fails at the '->'.
    if (!startsExpression(p)) throw p.errorAtToken(arrow, "expected ':'");
    returns = parseExpression(p);
  }
  if (!p.at(":")) throw p.errorAtToken(p.tok, "expected ':'");
  p.next();
  const body = parseBlock(p, "function definition", def);
  const e = p.lastToken();
  return {
    _type: asyncTok === null ? "FunctionDef" : "AsyncFunctionDef",
    name,
    args,
    body,
    decorator_list: decorators,
    returns,
    type_comment: null,
    lineno: start.lineno,
    col_offset: start.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** class_def_raw: 'class' NAME ['(' [arguments] ')' ] ':' block */
function parseClassDef(p: Parser, decorators: expr[]): stmt {
  const kw = p.next();
  const name = p.expectName();
  let bases: expr[] = [];
  let keywords: ReturnType<typeof parseCallArguments>["keywords"] = [];
  if (p.at("(")) {
    const dummy: expr = {
      _type: "Name",
      id: "",
      ctx: LOAD,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    };
    const call = parseCallArguments(p, p.pos, dummy, false);
    bases = call.args;
    keywords = call.keywords;
  }
  expectColon(p);
  const body = parseBlock(p, "class definition", kw);
  const e = p.lastToken();
  return {
    _type: "ClassDef",
    name,
    bases,
    keywords,
    body,
    decorator_list: decorators,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * if_stmt:
 *     | 'if' named_expression ':' block elif_stmt
 *     | 'if' named_expression ':' block [else_block]
 * elif_stmt: the same with 'elif'; an elif chain nests as If nodes in orelse.
 */
function parseIf(p: Parser): stmt {
  const kw = p.next();
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, `'${kw.string}' statement`, kw);
  let orelse: stmt[] = [];
  if (p.at("elif")) orelse = [parseIf(p)];
  else if (p.at("else")) orelse = parseElse(p);
  const e = p.lastToken();
  return {
    _type: "If",
    test,
    body,
    orelse,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/** else_block: 'else' &&':' block */
function parseElse(p: Parser): stmt[] {
  const kw = p.next();
  p.expectForced(":");
  return parseBlock(p, "'else' statement", kw);
}

/** while_stmt: 'while' named_expression ':' block [else_block] */
function parseWhile(p: Parser): stmt {
  const kw = p.next();
  const test = parseNamedExpression(p);
  expectColon(p);
  const body = parseBlock(p, "'while' statement", kw);
  const orelse = p.at("else") ? parseElse(p) : [];
  const e = p.lastToken();
  return {
    _type: "While",
    test,
    body,
    orelse,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * for_stmt:
 *     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target
 */
function parseFor(p: Parser, asyncTok: Token | null): stmt {
  const kw = p.next();
  const start = asyncTok ?? kw;
  const targetStart = p.pos;
  const target = parseStarTargets(p);
  if (target === null || !p.at("in")) throw invalidForTarget(p, targetStart);
  p.next();
  const iter = parseStarExpressions(p);
  expectColon(p);
  const body = parseBlock(p, "'for' statement", kw);
  const orelse = p.at("else") ? parseElse(p) : [];
  const e = p.lastToken();
  return {
    _type: asyncTok === null ? "For" : "AsyncFor",
    target,
    iter,
    body,
    orelse,
    type_comment: null,
    lineno: start.lineno,
    col_offset: start.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * with_stmt:
 *     | 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | ASYNC … the same
 * with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item
 *     | expression
 * The parenthesised form is tried first and abandoned when the ')' is not followed by ':'
 * (`with (a, b) as c:` is one item whose expression is a tuple).
 */
function parseWith(p: Parser, asyncTok: Token | null): stmt {
  const kw = p.next();
  const start = asyncTok ?? kw;
  let items: withitem[] | null = null;
  if (p.at("(")) {
    const save = p.pos;
    const level = p.level;
    try {
      p.next();
      p.level++;
      const list: withitem[] = [];
      for (;;) {
        list.push(parseWithItem(p));
        if (!p.eat(",")) break;
        if (p.at(")")) break;
      }
      p.level--;
      p.expect(")");
      if (p.at(":")) items = list;
    } catch (e) {
      onlySyntaxErrors(e);
      // not the parenthesised form
    }
    if (items === null) {
      p.reset(save);
      p.level = level;
    }
  }
  if (items === null) {
    items = [];
    for (;;) {
      items.push(parseWithItem(p));
      if (!p.eat(",")) break;
    }
  }
  expectColon(p);
  const body = parseBlock(p, "'with' statement", kw);
  const e = p.lastToken();
  return {
    _type: asyncTok === null ? "With" : "AsyncWith",
    items,
    body,
    type_comment: null,
    lineno: start.lineno,
    col_offset: start.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

function parseWithItem(p: Parser): withitem {
  const contextExpr = parseExpression(p);
  let optionalVars: expr | null = null;
  if (p.at("as")) {
    p.next();
    const targetStart = p.pos;
    optionalVars = parseStarTarget(p);
    // A NEWLINE here is invalid_with_stmt's "expected ':'", reported by the caller.
    if (optionalVars === null || !(p.at(",") || p.at(")") || p.at(":") || p.atType("NEWLINE"))) {
      // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
      p.reset(targetStart);
      const a = parseExpression(p);
      if (p.at(",") || p.at(")") || p.at(":")) {
        const err = invalidTargetError(p, a, "star");
        if (err !== null) throw err;
      }
      throw p.syntaxErrorAtToken(p.tok);
    }
  }
  return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
}

/**
 * try_stmt:
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 */
function parseTry(p: Parser): stmt {
  const kw = p.next();
  p.expectForced(":");
  const body = parseBlock(p, "'try' statement", kw);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.at("except")) {
    const exceptTok = p.tok;
    const isStar = p.peek(1).string === "*" && p.peek(1).type === "OP";
    if (star !== null && star !== isStar) {
      const msg = "cannot have both 'except' and 'except*' on the same 'try'";
      // invalid_try_stmt: … a='except' b='*' … (a range) / … a='except' … (the keyword only)
      if (isStar) throw p.errorRange(tokenSpan(exceptTok), tokenSpan(p.peekQuiet(1)), msg);
      throw p.errorAtToken(exceptTok, msg);
    }
    star = isStar;
    handlers.push(parseExceptHandler(p, isStar));
  }
  let orelse: stmt[] = [];
  let finalbody: stmt[] = [];
  if (handlers.length > 0 && p.at("else")) orelse = parseElse(p);
  if (p.at("finally")) {
    const f = p.next();
    p.expectForced(":");
    finalbody = parseBlock(p, "'finally' statement", f);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    throw p.errorAtLastFetched("expected 'except' or 'finally' block");
  }
  const e = p.lastToken();
  return {
    _type: star === true ? "TryStar" : "Try",
    body,
    handlers,
    orelse,
    finalbody,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * except_block:
 *     | 'except' expression ['as' NAME ] ':' block
 *     | 'except' ':' block
 * except_star_block:
 *     | 'except' '*' expression ['as' NAME ] ':' block
 */
function parseExceptHandler(p: Parser, star: boolean): ExceptHandler {
  const kw = p.next();
  if (star) p.next();
  let type: expr | null = null;
  let name: string | null = null;
  if (!p.at(":")) {
    if (star && p.tok.type === "NEWLINE") throw p.errorAtLastFetched("expected one or more exception types");
    type = parseExpression(p);
    if (p.at(",")) {
      // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' — the
      // error ends where the tokenizer is, after the ':'.
      const first = type;
      const matched = p.speculate(() => {
        p.next();
        parseExpressions(p);
        if (p.eat("as")) p.expectName();
        p.expect(":");
        return p.tokens[p.pos - 1]!;
      });
      if (matched !== null) p.fill = Math.max(p.fill, p.tokens.indexOf(matched));
      if (matched !== null)
        throw p.errorStartingFrom(first, "multiple exception types must be parenthesized");
      throw p.syntaxErrorAtToken(p.tok);
    }
    if (p.eat("as")) name = p.expectName();
  } else if (star) {
    throw p.errorAtLastFetched("expected one or more exception types");
  }
  expectColon(p);
  const body = parseBlock(p, star ? "'except*' statement" : "'except' statement", kw);
  const e = p.lastToken();
  return {
    _type: "ExceptHandler",
    type,
    name,
    body,
    lineno: kw.lineno,
    col_offset: kw.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}
