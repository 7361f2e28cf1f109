/**
 * The Python 3.11 parser: source text (or bytes) to an AST equal to CPython's `ast.parse`.
 *
 * A hand-written recursive-descent parser following Grammar/python.gram; the grammar rule sits
 * above each parse function. The areas are split as acorn splits its parser:
 *   parser-core        token cursor, positions, error locations
 *   parser-statements  statement lists, blocks, simple statements
 *   parser-compound    def / class / if / while / for / with / try
 *   parser-patterns    match statements and patterns
 *   parser-expressions operators, primaries, atoms
 *   parser-displays    tuples, lists, dicts, sets, comprehensions
 *   parser-arguments   call arguments, def and lambda parameters
 *   parser-targets     assignment / del / for targets and their errors
 *   parser-strings     string literals and escapes; parser-fstring: f-strings
 *   parser-numbers     numeric literals
 *   parser-errors      shared invalid_* rules and expression names for messages
 * See docs/internals/parser.md for how errors are produced and what was measured.
 */
import type { Expression, FunctionType, Interactive, Module, expr, mod, stmt } from "./ast.generated.js";
import { FINAL_ERRORS, Parser, charsInUtf8Prefix, type WarningSink } from "./parser-core.js";
import { parseExpression, parseExpressions } from "./parser-expressions.js";
import { parseCompoundStatement } from "./parser-compound.js";
import { parseSimpleStatements, parseStatements } from "./parser-statements.js";
import { PyErrorCarrier } from "../objects/error-carrier.js";
import { fileEndTokens, fileErrorLines } from "./source-file.js";
import { decodeSource, findCodingSpec, lineEndIn, type SourceMode } from "./source.js";
import { PythonSyntaxError } from "./syntax-error.js";
import { TokenizerError, utf8Length } from "./tokenizer-errors.js";
import { laterError, tokenizeAll } from "./tokenizer.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  /** Receives DeprecationWarnings (invalid escape sequences); they are dropped by default. */
  readonly onWarning?: WarningSink;
  /**
   * How bytes reach the parser: "bytes" (the default) as compile(), exec(), ast.parse() and
   * imports take them; "file" as `python3 FILE` reads its script, which words and places some
   * errors differently (see source.ts and source-file.ts).
   */
  readonly input?: SourceMode;
}

/**
 * Parses `source` as CPython's `compile(source, filename, mode, PyCF_ONLY_AST)` does, and
 * returns the tree; throws PythonSyntaxError with CPython's message and location otherwise.
 */
export function parse(
  source: string | Uint8Array,
  filename: string = "<unknown>",
  mode: ParseMode = "exec",
  options: ParseOptions = {},
): mod {
  const input = options.input ?? "bytes";
  const text = typeof source === "string" ? source : decodeSource(source, filename, input).text;
  const fromFile = input === "file" && typeof source !== "string";
  try {
    return parseText(source, text, filename, mode, options, fromFile);
  } catch (e) {
    if (fromFile && e instanceof TokenizerError) throw withFileBom(e, source);
    throw e;
  }
}

/**
 * A "reported" tokenizer error (see tokenizer-errors.ts) on line 1 of a script that starts with
 * a UTF-8 BOM: pegen re-reads the line from the file (err_programtext), BOM included, and turns
 * the tokenizer's byte column, which does not count the BOM, into characters of that line.
 */
function withFileBom(e: TokenizerError, bytes: Uint8Array): TokenizerError {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom || e.family !== "reported" || e.lineno !== 1 || e.text === null || e.offset === null) return e;
  if (e.text.startsWith("\ufeff")) return e;
  const text = "\ufeff" + e.text;
  let units = 0;
  for (let k = 0; k < e.offset && units < e.text.length; k++)
    units += e.text.codePointAt(units)! > 0xffff ? 2 : 1;
  const offset = charsInUtf8Prefix(text, utf8Length(e.text, 0, units));
  const copy = new TokenizerError(
    e.family,
    e.kind,
    e.msg,
    e.filename ?? "",
    1,
    offset,
    text,
    e.endLineno,
    e.endOffset,
  );
  copy.unclosed = e.unclosed === e ? copy : e.unclosed;
  return copy;
}

function parseText(
  source: string | Uint8Array,
  text: string,
  filename: string,
  mode: ParseMode,
  options: ParseOptions,
  fromFile: boolean,
): mod {
  const stream = tokenizeAll(text, { filename });
  if (stream.tokens.length === 0) throw stream.error!;
  const tokens = fromFile ? fileEndTokens(stream.tokens) : stream.tokens;
  const textSource = fromFile ? fileErrorLines(source as Uint8Array, stream.source) : null;
  const p = new Parser(tokens, stream.source, filename, mode, stream.error, textSource);
  p.onWarning = options.onWarning ?? null;
  p.byteOffsets = typeof source !== "string" && !declaresEncoding(source);
  p.finalNewlineAdded = !(text.endsWith("\n") || text.endsWith("\r"));
  try {
    switch (mode) {
      case "exec":
        return parseFile(p);
      case "eval":
        return parseEval(p);
      case "single":
        return parseInteractive(p);
      case "func_type":
        return parseFuncType(p);
    }
  } catch (e) {
    // pegen gives up on sources nested too deeply with a MemoryError (MAXSTACK); running out of
    // JavaScript stack is our equivalent.
    if (e instanceof RangeError && e.message.includes("call stack"))
      throw new PyErrorCarrier("MemoryError", "");
    // _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further on can win.
    // The line that counts is that of the last token pegen fetched, not the error's.
    if (e instanceof PythonSyntaxError && !(e instanceof TokenizerError) && !FINAL_ERRORS.has(e)) {
      p.noteFetched();
      const later = laterError(stream.error, p.tokens[p.maxFetched]!.lineno);
      if (later !== null) throw later;
    }
    throw e;
  }
}

/**
 * Whether bytes carry a UTF-8 BOM or a coding declaration on line 1 or 2 (check_bom,
 * check_coding_spec): only then does CPython's tokenizer record an encoding.
 */
function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const end1 = lineEndIn(bytes, 0);
  const line1 = bytes.subarray(0, end1);
  if (findCodingSpec(line1) !== null) return true;
  for (const b of line1) {
    if (b === 0x23 || b === 0x0a || b === 0x0d) break;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0c) return false;
  }
  return end1 < bytes.length && findCodingSpec(bytes.subarray(end1, lineEndIn(bytes, end1))) !== null;
}

/** file: [statements] ENDMARKER */
function parseFile(p: Parser): Module {
  const body: stmt[] = [];
  parseStatements(p, body);
  if (p.tok.type !== "ENDMARKER") throw p.syntaxErrorAtToken(p.tok);
  return { _type: "Module", body, type_ignores: [] };
}

/** eval: expressions NEWLINE* ENDMARKER */
function parseEval(p: Parser): Expression {
  const body = parseExpressions(p);
  while (p.tok.type === "NEWLINE") p.next();
  if (p.tok.type !== "ENDMARKER") throw p.syntaxErrorAtToken(p.tok);
  return { _type: "Expression", body };
}

/**
 * interactive: statement_newline
 * statement_newline:
 *     | compound_stmt NEWLINE
 *     | simple_stmts
 *     | NEWLINE
 *     | ENDMARKER
 */
function parseInteractive(p: Parser): Interactive {
  const body: stmt[] = [];
  const t = p.tok;
  if (t.type === "NEWLINE") {
    p.next();
    body.push({
      _type: "Pass",
      lineno: t.lineno,
      col_offset: t.colOffset,
      end_lineno: t.endLineno,
      end_col_offset: t.endColOffset,
    });
  } else if (t.type === "ENDMARKER") {
    throw p.syntaxErrorAtToken(t);
  } else {
    const compound = parseCompoundStatement(p);
    if (compound !== null) {
      body.push(compound);
      if (p.tok.type === "NEWLINE") p.next();
    } else {
      parseSimpleStatements(p, body);
    }
  }
  // bad_single_statement: anything but blank lines and comments may not follow. The error
  // points at the last token the statement consumed (its NEWLINE), the last one pegen fetched.
  const last = p.tokens[p.pos - 1]!;
  while (p.atType("NEWLINE")) p.next();
  if (!p.atType("ENDMARKER")) {
    throw p.errorAtToken(last, "multiple statements found while compiling a single statement");
  }
  return { _type: "Interactive", body };
}

/**
 * func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
 * type_expressions: expressions separated by ',', the last ones optionally '*' e and '**' e,
 * kept as plain expressions.
 */
function parseFuncType(p: Parser): FunctionType {
  p.expect("(");
  const argtypes: expr[] = [];
  while (!p.at(")")) {
    if (p.at("*") || p.at("**")) p.next();
    argtypes.push(parseExpression(p));
    if (!p.eat(",")) break;
  }
  p.expect(")");
  p.expect("->");
  const returns = parseExpression(p);
  while (p.tok.type === "NEWLINE") p.next();
  if (p.tok.type !== "ENDMARKER") throw p.syntaxErrorAtToken(p.tok);
  return { _type: "FunctionType", argtypes, returns };
}
