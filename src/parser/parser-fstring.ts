/**
 * f-strings as Python 3.11 parses them: an f-string is one STRING token, split here into literal
 * parts and replacement fields (FstringParser in Parser/string_parser.c). Each field's
 * expression is parsed by a sub-parser over the text "(" + expression + ")".
 *
 * Positions reproduce 3.11, quirks included:
 * - the JoinedStr, its literal Constants and every FormattedValue span the whole implicit
 *   concatenation (first to last STRING token);
 * - a format spec's JoinedStr, and the literal it ends with, span only the token holding it;
 * - expression nodes are placed by fstring_find_expr_location: on the field's first line,
 *   columns are shifted by the bytes before the '{' (plus the token's column when the field is on
 *   the token's first line); on later lines they are the sub-parser's own columns.
 */
import type { Constant, FormattedValue, JoinedStr, expr } from "./ast.generated.js";
import { type ErrorTextSource, Parser, sourceLines } from "./parser-core.js";
import { parseStarExpressions } from "./parser-expressions.js";
import { decodeLiteral, decodeUnicodeEscapes, stringParts } from "./parser-strings.js";
import type { Token } from "./token.js";
import { tokenizeAll } from "./tokenizer.js";

/** FstringParser: the literal text not yet emitted, and the values gathered so far. */
interface FstringState {
  lastStr: string;
  values: expr[];
}

/** Recursion limit for nested brackets in a replacement field (MAXLEVEL). */
const MAXLEVEL = 200;

/** Everything a replacement field needs to know about where it sits. */
interface FieldContext {
  readonly p: Parser;
  /** The STRING token being parsed, its text and whether it is raw. */
  readonly t: Token;
  readonly text: string;
  readonly raw: boolean;
  /** The first and last token of the implicit concatenation. */
  readonly first: Token;
  readonly last: Token;
}

/** _PyPegen_concatenate_strings when at least one part is an f-string: a JoinedStr. */
export function concatenateFStrings(p: Parser, firstIndex: number, lastIndex: number): expr {
  const first = p.tokens[firstIndex]!;
  const last = p.tokens[lastIndex]!;
  const state: FstringState = { lastStr: "", values: [] };
  for (let i = firstIndex; i <= lastIndex; i++) {
    const t = p.tokens[i]!;
    const parts = stringParts(t.string);
    if (parts.bytes) throw p.errorAtLastFetched("cannot mix bytes and nonbytes literals");
    if (parts.fstring) {
      // The tokenizer has already turned CRLF and CR into LF (translate_newlines).
      const ctx: FieldContext = { p, t, text: t.string, raw: parts.raw, first, last };
      concatFstring(ctx, state, parts.bodyStart, parts.bodyEnd, 0);
    } else {
      state.lastStr += decodeLiteral(p, t, parts) as string;
    }
  }
  const kind = first.string.charCodeAt(0) === 0x75 ? "u" : null;
  if (state.lastStr.length > 0) state.values.push(strNode(state, kind, first, last));
  const node: JoinedStr = {
    _type: "JoinedStr",
    values: state.values,
    lineno: first.lineno,
    col_offset: first.colOffset,
    end_lineno: last.endLineno,
    end_col_offset: last.endColOffset,
  };
  return node;
}

/** make_str_node_and_del: a Constant for the pending literal; kind 'u' when the first token starts with 'u'. */
function strNode(state: FstringState, kind: string | null, a: Token, b: Token): Constant {
  const value = state.lastStr;
  state.lastStr = "";
  return {
    _type: "Constant",
    value,
    kind,
    lineno: a.lineno,
    col_offset: a.colOffset,
    end_lineno: b.endLineno,
    end_col_offset: b.endColOffset,
  };
}

function uKind(ctx: FieldContext): string | null {
  return ctx.first.string.charCodeAt(0) === 0x75 ? "u" : null;
}

/**
 * _PyPegen_FstringParser_ConcatFstring: parses text[pos, end) at nesting level `recurse`
 * (0 for the f-string itself, 1 inside a format spec) into `state`; returns where it stopped.
 */
function concatFstring(
  ctx: FieldContext,
  state: FstringState,
  pos: number,
  end: number,
  recurse: number,
): number {
  const { p, text } = ctx;
  for (;;) {
    // fstring_find_literal
    const literalStart = pos;
    let doubled = false;
    let s = pos;
    while (s < end) {
      let ch = text.charCodeAt(s++);
      if (!ctx.raw && ch === 0x5c && s < end) {
        ch = text.charCodeAt(s++);
        if (ch === 0x4e) {
          // \N{...}: its braces are not replacement fields.
          if (s < end && text.charCodeAt(s++) === 0x7b) {
            while (s < end && text.charCodeAt(s++) !== 0x7d) {
              /* skip the name */
            }
            continue;
          }
          break;
        }
        if (ch === 0x7b) p.warnInvalidEscape(ch, ctx.t.lineno);
      }
      if (ch === 0x7b || ch === 0x7d) {
        if (recurse === 0) {
          if (s < end && text.charCodeAt(s) === ch) {
            doubled = true;
            break;
          }
          if (ch === 0x7d) throw p.errorAtLastFetched("f-string: single '}' is not allowed");
        }
        s--;
        break;
      }
    }
    if (s > literalStart) {
      const piece = text.slice(literalStart, s);
      state.lastStr +=
        ctx.raw || piece.indexOf("\\") < 0 ? piece : decodeUnicodeEscapes(p, piece, ctx.t.lineno);
    }
    if (doubled) {
      pos = s + 1;
      continue;
    }
    pos = s;
    if (pos >= end || text.charCodeAt(pos) === 0x7d) break;
    // A '{': a replacement field.
    const field = findExpr(ctx, state, pos, end, recurse);
    pos = field.pos;
    if (state.lastStr.length > 0) state.values.push(strNode(state, uKind(ctx), ctx.first, ctx.last));
    state.values.push(field.value);
  }
  if (recurse === 0 && pos < end - 1) throw p.errorAtLastFetched("f-string: unexpected end of string");
  if (recurse !== 0 && (pos >= end || text.charCodeAt(pos) !== 0x7d)) {
    throw p.errorAtLastFetched("f-string: expecting '}'");
  }
  return pos;
}

/**
 * fstring_find_expr: the replacement field starting at the '{' at `pos`, with its conversion and
 * format spec. A `=` after the expression adds the expression's text to the pending literal.
 */
function findExpr(
  ctx: FieldContext,
  state: FstringState,
  pos: number,
  end: number,
  recurse: number,
): { pos: number; value: FormattedValue } {
  const { p, text } = ctx;
  if (recurse >= 2) throw p.errorAtLastFetched("f-string: expressions nested too deeply");
  const brace = pos;
  let s = pos + 1;
  const exprStart = s;
  let quote = 0;
  let stringType = 0;
  const stack: number[] = [];
  for (; s < end; s++) {
    const ch = text.charCodeAt(s);
    if (ch === 0x5c) throw p.errorAtLastFetched("f-string expression part cannot include a backslash");
    if (quote !== 0) {
      if (ch === quote) {
        if (stringType === 3) {
          if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
            s += 2;
            stringType = 0;
            quote = 0;
          }
        } else {
          stringType = 0;
          quote = 0;
        }
      }
      continue;
    }
    if (ch === 0x27 || ch === 0x22) {
      if (s + 2 < end && text.charCodeAt(s + 1) === ch && text.charCodeAt(s + 2) === ch) {
        stringType = 3;
        s += 2;
      } else {
        stringType = 1;
      }
      quote = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (stack.length >= MAXLEVEL) throw p.errorAtLastFetched("f-string: too many nested parenthesis");
      stack.push(ch);
    } else if (ch === 0x23) {
      throw p.errorAtLastFetched("f-string expression part cannot include '#'");
    } else if (
      stack.length === 0 &&
      (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)
    ) {
      if (s + 1 < end) {
        const next = text.charCodeAt(s + 1);
        // "!=", "==", "<=", ">=" are operators, not the end of the expression.
        if (next === 0x3d && (ch === 0x21 || ch === 0x3d || ch === 0x3c || ch === 0x3e)) {
          s++;
          continue;
        }
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (stack.length === 0) throw p.errorAtLastFetched(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = stack.pop()!;
      if (!(
        (opening === 0x28 && ch === 0x29) ||
        (opening === 0x5b && ch === 0x5d) ||
        (opening === 0x7b && ch === 0x7d)
      )) {
        throw p.errorAtLastFetched(
          `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = s;
  if (quote !== 0) throw p.errorAtLastFetched("f-string: unterminated string");
  if (stack.length > 0) {
    throw p.errorAtLastFetched(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1]!)}'`);
  }
  if (s >= end) throw p.errorAtLastFetched("f-string: expecting '}'");

  const value = compileExpr(ctx, brace, exprStart, exprEnd);

  let exprText: string | null = null;
  if (text.charCodeAt(s) === 0x3d) {
    s++;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (s >= end) throw p.errorAtLastFetched("f-string: expecting '}'");
    exprText = text.slice(exprStart, s);
  }
  let conversion = -1;
  if (text.charCodeAt(s) === 0x21) {
    s++;
    if (s >= end) throw p.errorAtLastFetched("f-string: expecting '}'");
    conversion = text.charCodeAt(s);
    s++;
    if (conversion !== 0x73 && conversion !== 0x72 && conversion !== 0x61) {
      throw p.errorAtLastFetched("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: expr | null = null;
  if (s < end && text.charCodeAt(s) === 0x3a) {
    s++;
    if (s >= end) throw p.errorAtLastFetched("f-string: expecting '}'");
    // fstring_parse: a nested FstringParser finished with the token's own span.
    const spec: FstringState = { lastStr: "", values: [] };
    s = concatFstring(ctx, spec, s, end, recurse + 1);
    if (spec.lastStr.length > 0) spec.values.push(strNode(spec, uKind(ctx), ctx.t, ctx.t));
    formatSpec = {
      _type: "JoinedStr",
      values: spec.values,
      lineno: ctx.t.lineno,
      col_offset: ctx.t.colOffset,
      end_lineno: ctx.t.endLineno,
      end_col_offset: ctx.t.endColOffset,
    };
  }
  if (s >= end || text.charCodeAt(s) !== 0x7d) throw p.errorAtLastFetched("f-string: expecting '}'");
  s++;
  if (exprText !== null) {
    state.lastStr += exprText;
    if (formatSpec === null && conversion === -1) conversion = 0x72;
  }
  return {
    pos: s,
    value: {
      _type: "FormattedValue",
      value,
      conversion,
      format_spec: formatSpec,
      lineno: ctx.first.lineno,
      col_offset: ctx.first.colOffset,
      end_lineno: ctx.last.endLineno,
      end_col_offset: ctx.last.endColOffset,
    },
  };
}

/** Py_ISSPACE */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** UTF-8 size of text[from, to). */
function utf8Bytes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xdc00 && c <= 0xdfff ? 0 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
  }
  return n;
}

/**
 * fstring_compile_expr: parses text[exprStart, exprEnd) as `fstring: star_expressions` over
 * "(" + expression + ")", placing its tokens as fstring_find_expr_location does.
 */
function compileExpr(ctx: FieldContext, brace: number, exprStart: number, exprEnd: number): expr {
  const { p, t, text } = ctx;
  let blank = true;
  for (let i = exprStart; i < exprEnd; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) {
      blank = false;
      break;
    }
  }
  if (blank) {
    const c = text.charCodeAt(exprEnd);
    if (c === 0x21 || c === 0x3a || c === 0x3d) {
      throw p.errorAtLastFetched(`f-string: expression required before '${String.fromCharCode(c)}'`);
    }
    throw p.errorAtLastFetched("f-string: empty expression not allowed");
  }

  // fstring_find_expr_location
  let newlineAfterBrace = true;
  for (let i = brace + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7d || c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    let start = brace;
    while (start > 0 && text.charCodeAt(start) !== 0x0a) start--;
    cols = utf8Bytes(text, start, brace);
    if (text.charCodeAt(start) === 0x0a) cols -= 1;
  }
  let lines = 0;
  for (let i = 0; i < brace; i++) if (text.charCodeAt(i) === 0x0a) lines++;
  const lineBase = t.lineno + lines - 1;
  const startingCol = lines !== 0 ? cols : t.colOffset + cols;

  const sub = "(" + text.slice(exprStart, exprEnd) + ")";
  const stream = tokenizeAll(sub, { filename: p.filename });
  const tokens: Token[] = stream.tokens.map((k) => {
    // pegen shifts columns of the tokens that end on the sub-source's first line.
    const shift = k.endLineno === 1 ? startingCol : 0;
    return {
      type: k.type,
      string: k.string,
      lineno: k.lineno + lineBase,
      endLineno: k.endLineno + lineBase,
      colOffset: k.colOffset + shift,
      endColOffset: k.endColOffset + shift,
      start: k.start,
      end: k.end,
    };
  });
  const subLines = sourceLines(stream.source);
  const textSource: ErrorTextSource = { line: (n) => subLines.line(n - lineBase) };
  const sp = new Parser(tokens, stream.source, p.filename, "fstring", stream.error, textSource);
  sp.colShift = startingCol;
  sp.onWarning = p.onWarning;
  return parseStarExpressions(sp);
}
