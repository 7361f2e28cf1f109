/**
 * Function parameters (def and lambda) and call arguments: the "Function parameters", "Lambda
 * functions" and "FUNCTION CALL ARGUMENTS" parts of Grammar/python.gram, with the
 * invalid_parameters / invalid_lambda_parameters / invalid_arguments / invalid_kwarg rules.
 *
 * Parameters are read left to right with a little state (seen '/', '*', a default) instead of
 * pegen's alternatives; the resulting `arguments` node is what _PyPegen_make_arguments builds.
 */
import type {
  Call,
  Lambda,
  arg,
  arguments as Arguments,
  comprehension,
  expr,
  keyword,
} from "./ast.generated.js";
import { KEYWORDS, type Parser, identifier } from "./parser-core.js";
import { atFor, genexp, parseForIfClauses } from "./parser-displays.js";
import { parseExpression, parseNamedExpression, parseStarExpression } from "./parser-expressions.js";
import { LOAD } from "./parser-nodes.js";
import type { Token } from "./token.js";

/**
 * primary '(' [arguments] ')' and primary genexp, from the '(' on.
 *
 * args:
 *     | ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *     | kwargs
 * kwargs: keywords and '*' / '**' unpackings, positional arguments no longer allowed.
 */
export function parseCallArguments(p: Parser, start: number, func: expr, allowGenexp = true): Call {
  const open = p.pos;
  p.next();
  p.level++;
  const args: expr[] = [];
  const keywords: keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (!p.at(")")) {
    const t = p.tok;
    if (t.type === "OP" && t.string === "*") {
      if (sawDoubleStar)
        throw p.errorAtToken(t, "iterable argument unpacking follows keyword argument unpacking");
      p.next();
      const value = parseExpression(p);
      const e = p.lastToken();
      if (args.length === 0 && keywords.length === 0 && atFor(p)) {
        // invalid_comprehension: '(' a=starred_expression for_if_clauses
        throw p.raiseKnown(
          t.lineno,
          t.colOffset + 1,
          e.endLineno,
          e.endColOffset + 1,
          "iterable unpacking cannot be used in comprehension",
          "SyntaxError",
        );
      }
      args.push({
        _type: "Starred",
        value,
        ctx: LOAD,
        lineno: t.lineno,
        col_offset: t.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      });
    } else if (t.type === "OP" && t.string === "**") {
      p.next();
      const value = parseExpression(p);
      const e = p.lastToken();
      keywords.push({
        _type: "keyword",
        arg: null,
        value,
        lineno: t.lineno,
        col_offset: t.colOffset,
        end_lineno: e.endLineno,
        end_col_offset: e.endColOffset,
      });
      sawDoubleStar = true;
    } else if (
      t.type === "NAME" &&
      !KEYWORDS.has(t.string) &&
      p.peek(1).string === "=" &&
      p.peek(1).type === "OP"
    ) {
      keywords.push(parseKeywordArgument(p));
      sawKeyword = true;
    } else if (
      t.type === "NAME" &&
      (t.string === "True" || t.string === "False" || t.string === "None") &&
      p.peekQuiet(1).string === "="
    ) {
      // invalid_kwarg: a=('True'|'False'|'None') b='='
      throw p.errorRange(tokenSpan(t), tokenSpan(p.peekQuiet(1)), `cannot assign to ${t.string}`);
    } else {
      const value = parseNamedExpression(p, false);
      if (atFor(p)) {
        const alone = args.length === 0 && keywords.length === 0;
        if (allowGenexp && alone) {
          // primary genexp: the generator expression owns the call's parentheses.
          const generators = parseForIfClauses(p);
          if (p.at(")")) {
            p.level--;
            p.next();
            return call(p, start, func, [genexp(p, open, value, generators)], []);
          }
          if (p.at(",")) throw genexpError(p, value, generators);
          throw p.syntaxErrorAtToken(p.tok);
        }
        throw unparenthesizedGenexp(p, value, alone);
      }
      if (p.at("=") && p.noInvalid === 0) {
        // invalid_kwarg: !(NAME '=') a=expression b='='
        throw p.errorRange(
          value,
          tokenSpan(p.tok),
          'expression cannot contain assignment, perhaps you meant "=="?',
        );
      }
      if (sawDoubleStar) throw p.errorAtLastFetched("positional argument follows keyword argument unpacking");
      if (sawKeyword) throw p.errorAtLastFetched("positional argument follows keyword argument");
      args.push(value);
    }
    if (!p.eat(",")) break;
  }
  p.level--;
  p.expect(")");
  return call(p, start, func, args, keywords);
}

/**
 * kwarg_or_starred / kwarg_or_double_starred, the NAME '=' expression form, with invalid_kwarg:
 *     | a=('True'|'False'|'None') b='='                      "cannot assign to True"
 *     | a=NAME b='=' expression for_if_clauses               "Maybe you meant '==' or ':='…"
 */
function parseKeywordArgument(p: Parser): keyword {
  const nameTok = p.tok;
  const eq = p.peek(1);
  if (KEYWORDS.has(nameTok.string)) {
    if (nameTok.string === "True" || nameTok.string === "False" || nameTok.string === "None") {
      throw p.errorRange(tokenSpan(nameTok), tokenSpan(eq), `cannot assign to ${nameTok.string}`);
    }
    throw p.syntaxErrorAtToken(nameTok);
  }
  p.next();
  p.next();
  const value = parseExpression(p);
  if (atFor(p)) {
    throw p.errorRange(
      tokenSpan(nameTok),
      tokenSpan(eq),
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    );
  }
  const e = p.lastToken();
  return {
    _type: "keyword",
    arg: identifier(nameTok.string),
    value,
    lineno: nameTok.lineno,
    col_offset: nameTok.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

function call(p: Parser, start: number, func: expr, args: expr[], keywords: keyword[]): Call {
  const s = p.tokens[start]!;
  const e = p.lastToken();
  return {
    _type: "Call",
    func,
    args,
    keywords,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * A generator expression among other arguments, from invalid_arguments:
 *     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
 *     | a=args b=for_if_clauses      (_PyPegen_nonparen_genexp_in_call: only with 2+ arguments)
 *     | args ',' a=expression b=for_if_clauses
 * "Generator expression must be parenthesized" from the expression to the last clause item;
 * a lone one not followed by ',' is the generic error at its 'for'.
 */
function unparenthesizedGenexp(p: Parser, value: expr, alone: boolean): Error {
  const forTok = p.tok;
  const generators = p.speculate(() => {
    const g = parseForIfClauses(p);
    return { g, comma: p.at(",") };
  });
  if (generators !== null && (!alone || generators.comma)) return genexpError(p, value, generators.g);
  return p.syntaxErrorAtToken(forTok);
}

function genexpError(p: Parser, value: expr, generators: comprehension[]): Error {
  return p.errorRange(value, lastComprehensionItem(generators), "Generator expression must be parenthesized");
}

/** _PyPegen_get_last_comprehension_item: the last `if`, or the iterable. */
function lastComprehensionItem(generators: comprehension[]): expr {
  const last = generators[generators.length - 1]!;
  return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1]! : last.iter;
}

export function tokenSpan(t: Token): {
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
 * lambdef: 'lambda' [lambda_params] ':' expression
 */
export function parseLambda(p: Parser): Lambda {
  const s = p.next();
  const args = parseParameters(p, true);
  p.expect(":");
  const body = parseExpression(p);
  const e = p.lastToken();
  return {
    _type: "Lambda",
    args,
    body,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}

/**
 * params / lambda_params, up to (not including) the closing ')' or ':'.
 *
 * parameters:
 *     | slash_no_default param_no_default* param_with_default* [star_etc]
 *     | slash_with_default param_with_default* [star_etc]
 *     | param_no_default+ param_with_default* [star_etc]
 *     | param_with_default+ [star_etc]
 *     | star_etc
 * star_etc:
 *     | '*' param_no_default param_maybe_default* [kwds]
 *     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
 *     | '*' ',' param_maybe_default+ [kwds]
 *     | kwds
 * kwds: '**' param_no_default
 * param: NAME annotation?        (lambda_param: NAME)
 */
export function parseParameters(p: Parser, lambda: boolean): Arguments {
  const close = lambda ? ":" : ")";
  let posonlyargs: arg[] = [];
  const args: arg[] = [];
  let vararg: arg | null = null;
  const kwonlyargs: arg[] = [];
  const kwDefaults: (expr | null)[] = [];
  let kwarg: arg | null = null;
  const defaults: expr[] = [];
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  while (!p.at(close)) {
    const t = p.tok;
    if (t.type === "OP" && t.string === "/") {
      if (sawSlash) throw p.errorAtToken(t, "/ may appear only once");
      if (sawStar) throw p.errorAtToken(t, "/ must be ahead of *");
      if (args.length === 0) {
        if (p.peekQuiet(1).string === ",") throw p.errorAtToken(t, "at least one argument must precede /");
        throw p.syntaxErrorAtToken(t);
      }
      p.next();
      sawSlash = true;
      posonlyargs = args.splice(0);
      if (p.at("*") && !lambda) throw p.errorAtToken(p.tok, "expected comma between / and *");
      if (p.at("*") && lambda) throw p.errorAtToken(p.tok, "expected comma between / and *");
    } else if (t.type === "OP" && t.string === "*") {
      if (sawStar) throw p.errorAtToken(t, "* argument may appear only once");
      p.next();
      sawStar = true;
      if (p.at(",")) {
        const after = p.peek(1);
        if (after.string === close || after.string === "**") throw bareStarError(p, t, lambda);
      } else if (p.at(close)) {
        throw bareStarError(p, t, lambda);
      } else {
        vararg = parseParam(p, lambda, true);
        if (p.at("=")) throw p.errorAtToken(p.tok, "var-positional argument cannot have default value");
      }
    } else if (t.type === "OP" && t.string === "**") {
      p.next();
      kwarg = parseParam(p, lambda, false);
      if (p.at("=")) throw p.errorAtToken(p.tok, "var-keyword argument cannot have default value");
      if (p.eat(",") && !p.at(close)) {
        const after = p.tok;
        if (after.string === "*" || after.string === "**" || after.string === "/" || after.type === "NAME") {
          throw p.errorAtToken(after, "arguments cannot follow var-keyword argument");
        }
        throw p.syntaxErrorAtToken(after);
      }
      break;
    } else if (t.type === "OP" && t.string === "(") {
      throw parenthesizedParameters(p, lambda);
    } else {
      const a = parseParam(p, lambda, false);
      let dflt: expr | null = null;
      if (p.at("=")) {
        const eq = p.next();
        if (p.at(close) || p.at(",")) throw p.errorAtToken(eq, "expected default value expression");
        dflt = parseExpression(p);
      }
      if (sawStar) {
        kwonlyargs.push(a);
        kwDefaults.push(dflt);
      } else {
        args.push(a);
        if (dflt !== null) {
          defaults.push(dflt);
          sawDefault = true;
        } else if (sawDefault) {
          throw p.errorAtNode(a, "non-default argument follows default argument");
        }
      }
    }
    if (!p.eat(",")) break;
  }
  return {
    _type: "arguments",
    posonlyargs,
    args,
    vararg,
    kwonlyargs,
    kw_defaults: kwDefaults,
    kwarg,
    defaults,
  };
}

/** invalid_star_etc / invalid_lambda_star_etc: "named arguments must follow bare *". */
function bareStarError(p: Parser, star: Token, lambda: boolean): Error {
  const msg = "named arguments must follow bare *";
  if (lambda) {
    // RAISE_SYNTAX_ERROR: at the last token fetched, the one after the ',' or the ':'.
    if (p.at(",")) p.peek(1);
    return p.errorAtLastFetched(msg);
  }
  return p.errorAtToken(star, msg);
}

/**
 * invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
 *     "Function parameters cannot be parenthesized" (Lambda expression … for lambdas).
 */
function parenthesizedParameters(p: Parser, lambda: boolean): Error {
  const open = p.next();
  while (p.tok.type === "NAME" && !KEYWORDS.has(p.tok.string)) {
    p.next();
    if (!lambda && p.at(":")) {
      p.next();
      parseExpression(p);
    }
    if (!p.eat(",")) break;
  }
  if (!p.at(")")) return p.syntaxErrorAtToken(open);
  const what = lambda ? "Lambda expression parameters" : "Function parameters";
  return p.errorRange(tokenSpan(open), tokenSpan(p.tok), `${what} cannot be parenthesized`);
}

/**
 * param: NAME annotation?
 * param_star_annotation: NAME star_annotation     (star_annotation: ':' star_expression)
 * lambda_param: NAME
 */
function parseParam(p: Parser, lambda: boolean, star: boolean): arg {
  const s = p.tok;
  const name = p.expectName();
  let annotation: expr | null = null;
  if (!lambda && p.at(":")) {
    p.next();
    annotation = star ? parseStarExpression(p) : parseExpression(p);
  }
  const e = p.lastToken();
  return {
    _type: "arg",
    arg: name,
    annotation,
    type_comment: null,
    lineno: s.lineno,
    col_offset: s.colOffset,
    end_lineno: e.endLineno,
    end_col_offset: e.endColOffset,
  };
}
