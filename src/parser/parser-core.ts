/**
 * The parser's state and the primitives every grammar area uses: the token cursor, node
 * positions, and raising syntax errors with CPython's location rules.
 *
 * The grammar areas live in their own files (parser-expressions, parser-statements,
 * parser-arguments, parser-patterns, parser-targets, parser-strings, parser-fstring) as plain
 * functions taking the Parser, as acorn splits its parser by area.
 *
 * Positions follow pegen's EXTRA: a node starts at the first token its rule consumed and ends at
 * the last one (`_PyPegen_get_last_nonnwhitespace_token` skips trailing NEWLINE, INDENT, DEDENT
 * and ENDMARKER), which is why a parenthesised operand makes its parent start at the '('.
 */
import type { SyntaxErrorKind } from "./syntax-error.js";
import { PythonSyntaxError } from "./syntax-error.js";
import type { Token, TokenType } from "./token.js";
import { withUndecodableReplaced } from "./tokenizer-errors.js";

/** Python 3.11's hard keywords (Lib/keyword.py kwlist). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/** An internal invariant of the parser; failing it is a bug in pyglass, never a Python error. */
export class ParserAssertionError extends Error {
  constructor(message: string) {
    super(`parser invariant: ${message}`);
    this.name = "ParserAssertionError";
  }
}

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ParserAssertionError(message);
}

/**
 * For the parser's speculative reads: a syntax error means "this reading does not apply"; any
 * other exception is a bug (or running out of stack) and must not be swallowed.
 */
export function onlySyntaxErrors(e: unknown): void {
  if (!(e instanceof PythonSyntaxError)) throw e;
}

/** A source range in AST coordinates (lines from 1, UTF-8 byte columns from 0). */
export interface Span {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number | null;
  readonly end_col_offset: number | null;
}

/** What the parser is asked to produce; `fstring` is the inside of an f-string replacement field. */
export type StartRule = "exec" | "eval" | "single" | "func_type" | "fstring";

export class Parser {
  /** The current token (`tokens[pos]`). */
  tok: Token;
  pos = 0;
  /**
   * The furthest token index fetched by the first pass (pegen's `p->fill - 1` when the first
   * pass gave up), where generic errors point.
   */
  fill = 0;
  /**
   * The furthest token index fetched at all, invalid_* rules included (pegen's `p->fill - 1` at
   * the end): its line decides whether an unclosed bracket beats the parser's error.
   */
  maxFetched = 0;
  /**
   * Count of enclosing brackets at the current position, as the tokenizer's `level`: the
   * "Perhaps you forgot a comma?" rule only fires inside brackets.
   */
  level = 0;
  /** Non-zero while parsing pegen's `*_without_invalid` rules, which switch invalid_* rules off. */
  noInvalid = 0;
  /**
   * In an f-string sub-parser, pegen's starting_col_offset: error columns are reported relative
   * to the "(expression)" text the sub-parser read.
   */
  colShift = 0;
  /**
   * Indices (in the string being decoded, offset by surrogateBase) of surrogates that escapes
   * produced; see noteSplitPairs in parser-strings.ts. Null when there were none.
   */
  escapedSurrogates: number[] | null = null;
  surrogateBase = 0;
  /** Error offsets in UTF-8 bytes rather than characters (see raiseKnown). */
  byteOffsets = false;
  /** The tokenizer added the source's final newline: error texts leave it out. */
  finalNewlineAdded = false;
  /** Where warnings go (DeprecationWarning for invalid escapes); null drops them. */
  onWarning: WarningSink | null = null;

  constructor(
    readonly tokens: readonly Token[],
    /** The decoded source the tokens index into (for error texts). */
    readonly source: string,
    readonly filename: string,
    readonly startRule: StartRule,
    /**
     * The error the tokenizer stopped with after the last token of `tokens`, if any. It is raised
     * when the parser asks for the token after the last one, as pegen fetches tokens lazily.
     */
    readonly tokenizerError: PythonSyntaxError | null,
    /** Where error texts come from when not `source` (f-string sub-parsers use their own text). */
    readonly textSource: ErrorTextSource | null = null,
  ) {
    const first = tokens[0];
    if (first === undefined) throw this.pendingTokenizerError();
    this.tok = first;
  }

  // ---------------------------------------------------------------------------------------------
  // The token cursor

  /** Moves to the next token and returns the one just consumed. */
  next(): Token {
    const t = this.tok;
    const following = this.tokens[++this.pos];
    if (following === undefined) {
      // Past ENDMARKER only when the tokenizer stopped early: its error is what comes next.
      this.pos--;
      if (t.type === "ENDMARKER") return t;
      throw this.pendingTokenizerError();
    }
    this.tok = following;
    if (this.pos > this.fill) this.fill = this.pos;
    return t;
  }

  /** The token `n` places ahead of the current one (n >= 1). */
  peek(n: number): Token {
    const t = this.tokens[this.pos + n];
    if (this.pos + n > this.fill && t !== undefined) this.fill = this.pos + n;
    if (t === undefined) {
      const last = this.tokens[this.tokens.length - 1]!;
      if (last.type === "ENDMARKER") return last;
      throw this.pendingTokenizerError();
    }
    return t;
  }

  /**
   * Looks ahead for an invalid_* rule: those run in pegen's second pass, after the location of a
   * generic error was taken, so the token does not count as fetched.
   */
  peekQuiet(n: number): Token {
    const t = this.tokens[this.pos + n];
    if (t === undefined) return this.tokens[this.tokens.length - 1]!;
    if (this.pos + n > this.maxFetched) this.maxFetched = this.pos + n;
    return t;
  }

  /**
   * Runs `f` as an invalid_* rule would: without moving the cursor, the bracket level or the
   * furthest-fetched mark, and with invalid rules switched off inside. Returns f's result, or
   * null when it throws.
   */
  speculate<T>(f: () => T): T | null {
    const pos = this.pos;
    const level = this.level;
    const fill = this.fill;
    this.noteFetched();
    this.noInvalid++;
    try {
      return f();
    } catch (e) {
      onlySyntaxErrors(e);
      return null;
    } finally {
      this.noInvalid--;
      this.noteFetched();
      this.reset(pos);
      this.level = level;
      this.fill = fill;
    }
  }

  /** Records how far any lookahead has reached (see maxFetched). */
  noteFetched(): void {
    const reached = Math.max(this.fill, this.pos);
    if (reached > this.maxFetched) this.maxFetched = reached;
  }

  /** Rewinds (or advances) to a saved position. */
  reset(pos: number): void {
    this.pos = pos;
    this.tok = this.tokens[pos]!;
  }

  /** Whether the current token is the operator or keyword `s` (no other token has such text). */
  at(s: string): boolean {
    return this.tok.string === s && (this.tok.type === "OP" || this.tok.type === "NAME");
  }

  /** Consumes the operator or keyword `s` if it is next. */
  eat(s: string): boolean {
    if (this.tok.string === s && (this.tok.type === "OP" || this.tok.type === "NAME")) {
      this.next();
      return true;
    }
    return false;
  }

  /** Consumes `s`, or fails with the generic error at the current token. */
  expect(s: string): Token {
    if (this.tok.string === s && (this.tok.type === "OP" || this.tok.type === "NAME")) return this.next();
    throw this.syntaxErrorAtToken(this.tok);
  }

  /**
   * Consumes `s`, or fails with "expected 's'" (pegen's forced token `&&'s'`, whose error points
   * at the token where `s` was expected).
   */
  expectForced(s: string): Token {
    if (this.tok.string === s && (this.tok.type === "OP" || this.tok.type === "NAME")) return this.next();
    throw this.errorAtToken(this.tok, `expected '${s}'`);
  }

  /**
   * Whether the current token has type `type` (a method, so that TypeScript does not carry a
   * narrowing of `tok.type` across calls that move the cursor).
   */
  atType(type: TokenType): boolean {
    return this.tok.type === type;
  }

  /** Whether the current token is a NAME that is not a keyword. */
  atName(): boolean {
    return this.tok.type === "NAME" && !KEYWORDS.has(this.tok.string);
  }

  /** Consumes a non-keyword NAME and returns its identifier (NFKC-normalised). */
  expectName(): string {
    const t = this.tok;
    if (t.type !== "NAME" || KEYWORDS.has(t.string)) throw this.syntaxErrorAtToken(t);
    this.next();
    return identifier(t.string);
  }

  // ---------------------------------------------------------------------------------------------
  // Positions

  /** The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER. */
  lastToken(): Token {
    let i = this.pos - 1;
    let t = this.tokens[i]!;
    while (
      i > 0 &&
      (t.type === "NEWLINE" || t.type === "INDENT" || t.type === "DEDENT" || t.type === "ENDMARKER")
    ) {
      t = this.tokens[--i]!;
    }
    return t;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  pendingTokenizerError(): PythonSyntaxError {
    assert(this.tokenizerError !== null, "token stream ended without ENDMARKER or error");
    return this.tokenizerError;
  }

  /**
   * The generic error, as _PyPegen_set_syntax_error raises it after a failed parse: at the last
   * token fetched (pegen's first pass looked that far), "unexpected indent" / "unexpected
   * unindent" (IndentationError) when that is an INDENT / DEDENT, "invalid syntax" otherwise.
   * `_t` is where this parser noticed the failure; pegen reports the furthest token instead.
   */
  syntaxErrorAtToken(_t: Token): PythonSyntaxError {
    const t = this.lastFetched();
    if (t.type === "INDENT" || t.type === "DEDENT") {
      const msg = t.type === "INDENT" ? "unexpected indent" : "unexpected unindent";
      const error = this.errorAtLastFetched(msg, "IndentationError");
      // _PyPegen_set_syntax_error returns here without tokenizing the rest of the file.
      FINAL_ERRORS.add(error);
      return error;
    }
    return this.errorAtToken(t, "invalid syntax");
  }

  /**
   * RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, msg): the error covers token `t`. INDENT, DEDENT and
   * ENDMARKER have col_offset -1 in pegen, which this macro turns into offset 0 and end 0.
   */
  errorAtToken(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    if (t.type === "INDENT" || t.type === "DEDENT" || t.type === "ENDMARKER") {
      return this.raiseKnown(t.lineno, 0, t.endLineno, 0, msg, kind);
    }
    return this.raiseKnown(t.lineno, t.colOffset + 1, t.endLineno, t.endColOffset + 1, msg, kind);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the start of `a` to the end of `b`. */
  errorRange(a: Span, b: Span, msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    return this.raiseKnown(
      a.lineno,
      a.col_offset + 1,
      b.end_lineno ?? 0,
      (b.end_col_offset ?? -1) + 1,
      msg,
      kind,
    );
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) for a node. */
  errorAtNode(a: Span, msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    return this.errorRange(a, a, msg, kind);
  }

  /**
   * RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a` to pegen's CURRENT_POS, the
   * tokenizer's position, which is the end of the last token fetched.
   */
  errorStartingFrom(a: Span, msg: string): PythonSyntaxError {
    const t = this.lastFetched();
    return this.raiseKnown(a.lineno, a.col_offset + 1, t.endLineno, t.endColOffset, msg, "SyntaxError");
  }

  /**
   * RAISE_SYNTAX_ERROR(msg): _PyPegen_raise_error points at the last token fetched; for the
   * position-less INDENT, DEDENT and ENDMARKER it uses the tokenizer's cursor as the 1-based
   * offset (the column the tokenizer gives those tokens) and leaves the end unknown.
   */
  errorAtLastFetched(msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    const t = this.lastFetched();
    if (t.type === "INDENT" || t.type === "DEDENT" || t.type === "ENDMARKER") {
      return this.raiseKnown(t.lineno, t.colOffset, t.endLineno, -1, msg, kind);
    }
    return this.raiseKnown(t.lineno, t.colOffset + 1, t.endLineno, t.endColOffset + 1, msg, kind);
  }

  /**
   * warn_invalid_escape_sequence: CPython 3.11 keeps an invalid escape such as `\\d` as written
   * and issues a DeprecationWarning for the first one of each literal.
   */
  warnInvalidEscape(c: number, lineno: number): void {
    if (this.onWarning !== null) {
      this.onWarning("DeprecationWarning", `invalid escape sequence '\\${String.fromCharCode(c)}'`, lineno);
    }
  }

  /** The furthest token looked at so far (pegen's `p->tokens[p->fill - 1]`). */
  lastFetched(): Token {
    return this.tokens[Math.max(this.fill, this.pos)]!;
  }

  /**
   * _PyPegen_raise_error_known_location. `col` and `endCol` are 1-based UTF-8 byte offsets as
   * pegen passes them (column + 1); both are turned into character offsets of the error line
   * (_PyPegen_byte_offset_to_character_offset), the end one only when positive — and against
   * the *first* line's text even when the error ends on a later line, as CPython does.
   */
  raiseKnown(
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
    msg: string,
    kind: SyntaxErrorKind,
  ): PythonSyntaxError {
    const src = this.textSource ?? sourceLines(this.source, this.finalNewlineAdded);
    const text = withUndecodableReplaced(src.line(lineno));
    if (this.startRule === "fstring") {
      col -= this.colShift;
      endCol -= this.colShift;
    }
    // Offsets stay in bytes when the tokenizer has no encoding (bytes input without a BOM or a
    // coding declaration), as _PyPegen_raise_error_known_location converts only when it has one.
    const offset = this.byteOffsets ? col : charsInUtf8Prefix(text, col);
    const endOffset = endCol > 0 && !this.byteOffsets ? charsInUtf8Prefix(text, endCol) : endCol;
    const message = this.startRule === "fstring" ? `f-string: ${msg}` : msg;
    return new PythonSyntaxError(kind, message, this.filename, lineno, offset, text, endLineno, endOffset);
  }
}

/**
 * Errors that a tokenizer error later in the file does not replace (see parse in parser.ts).
 */
export const FINAL_ERRORS = new WeakSet<PythonSyntaxError>();

/** Receives warnings: category ("DeprecationWarning"), message, line. */
export type WarningSink = (category: string, message: string, lineno: number) => void;

/** Where error texts come from: the source lines, by 1-based number. */
export interface ErrorTextSource {
  line(lineno: number): string;
}

let lastSource = "";
let lastStrip = false;
let lastLines: ErrorTextSource | null = null;

/**
 * The source split into lines (each with its newline), built only when an error is reported.
 * With `stripFinal`, the last line's newline (one the tokenizer supplied) is left out.
 */
export function sourceLines(source: string, stripFinal = false): ErrorTextSource {
  if (lastLines !== null && lastSource === source && lastStrip === stripFinal) return lastLines;
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      lines.push(source.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < source.length) lines.push(source.slice(start));
  if (stripFinal && lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/\n$/, "");
  const result: ErrorTextSource = { line: (n) => lines[n - 1] ?? "" };
  lastSource = source;
  lastStrip = stripFinal;
  lastLines = result;
  return result;
}

/**
 * How many characters the first `bytes` UTF-8 bytes of `text` decode to, with a cut character
 * counting as one (decoded with "replace") and `bytes` clipped to the text's size + 1 (the C
 * string's terminating NUL counts as one more character).
 */
export function charsInUtf8Prefix(text: string, bytes: number): number {
  let b = 0;
  let chars = 0;
  for (let i = 0; i < text.length && b < bytes; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        b += 4;
      } else b += 3;
    } else b += 3;
    chars++;
  }
  if (b < bytes) chars += 1;
  return chars;
}

/**
 * An identifier as the AST holds it: non-ASCII names are NFKC-normalised, as
 * _PyPegen_new_identifier does (PEP 3131).
 */
export function identifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 0x80) return name.normalize("NFKC");
  }
  return name;
}
