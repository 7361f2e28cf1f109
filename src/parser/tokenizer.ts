/**
 * CPython 3.11's tokenizer (Parser/tokenizer.c, tok_get), as the parser sees it: NAME, NUMBER,
 * STRING (an f-string is one STRING), OP, NEWLINE, INDENT, DEDENT, ENDMARKER. Comments, blank
 * lines and newlines inside brackets produce nothing. The `tokenize` module's view (COMMENT, NL,
 * ENCODING, ...) is tokenizer-module.ts.
 *
 * Input is decoded text (source.ts). As CPython does before tokenizing (translate_newlines), `\r\n`
 * and `\r` become `\n` and a missing final newline is supplied; token offsets (`start`/`end`)
 * index `Tokenizer.source`, which is that normalized text (the same string as the input when it
 * had neither `\r` nor a missing final newline). Columns are UTF-8 byte offsets, as in the AST.
 *
 * Positions CPython leaves unset: INDENT, DEDENT and ENDMARKER have col_offset -1 in pegen, and
 * its error messages then use the tokenizer's cursor. We give these tokens the cursor's column at
 * the time they are produced (after the indentation; for ENDMARKER the end of the last line), so
 * an error "at" such a token has `offset = colOffset` (converted to characters), not colOffset+1.
 *
 * The scanner is a pull API: `next()` returns one token or throws a PythonSyntaxError (a
 * TokenizerError). The parser takes the whole stream at once from tokenizeAll() (the tokens
 * before the first error, and that error), which is pegen's token buffer filled ahead: a parser
 * that fails before reaching the error reports its own, and laterError() then applies CPython's
 * rule for when a tokenizer error further on wins instead.
 */
import type { Token, TokenType } from "./token.js";
import type { SyntaxErrorKind } from "./syntax-error.js";
import {
  ASCII_CLASS,
  HEX_DIGIT,
  ID_CHAR,
  ID_START,
  hex4,
  isDigit,
  isPrintable,
  scanIdentifier,
} from "./tokenizer-chars.js";
import { DecodeFailure, escapedByte, utf8Error } from "./source-codecs.js";
import {
  TokenizerError,
  byteOffsetToCharOffset,
  codePointsBetween,
  sourceBytes,
  utf8Length,
  withUndecodableReplaced,
  type TokenizerErrorFamily,
} from "./tokenizer-errors.js";

/** Limits of Parser/tokenizer.h. */
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const EOF = -1;
const NL = 10;
const SPACE = 32;
const TAB = 9;
const FORMFEED = 12;
const HASH = 35;
const BACKSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;

export interface TokenizerOptions {
  /** The file name errors report; "<string>" when not given. */
  readonly filename?: string;
  /**
   * Called for the SyntaxWarning CPython 3.11 emits when a number runs into a keyword (`1if x`).
   * Return true to turn the warning into a SyntaxError, as the "error" warnings filter does.
   */
  readonly onWarning?: (message: string, lineno: number) => boolean;
  /**
   * The source came as bytes with no BOM and no coding declaration (DecodedSource.declared is
   * false). CPython then leaves the columns of the errors pegen reports in UTF-8 bytes instead of
   * converting them to characters (tok->encoding is NULL); so do we.
   */
  readonly offsetsInBytes?: boolean;
}

/**
 * translate_newlines (Parser/tokenizer.c), as compile() applies it to a string: `\r\n` and `\r`
 * become `\n`, and a newline is added when the text does not end with one. Its quirk is kept: a
 * text ending with `\r\n` gets one more newline, an extra empty last line.
 */
export function normalizeNewlines(text: string): string {
  let t = text;
  if (t.indexOf("\r") >= 0) {
    t = t.replace(/\r\n?/g, "\n");
    if (text.endsWith("\r\n")) t += "\n";
  }
  if (t.length === 0 || t.charCodeAt(t.length - 1) !== NL) t += "\n";
  return t;
}

function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[^\x00-\x7f]/.test(text);
}

export class Tokenizer {
  /** The normalized source that token offsets index. */
  readonly source: string;
  readonly filename: string;
  private readonly onWarning: ((message: string, lineno: number) => boolean) | undefined;
  private readonly offsetsInBytes: boolean;
  private readonly n: number;
  /** False when the input lacked a final newline: the last `\n` of `source` is not in the file. */
  private readonly lastNewlineReal: boolean;
  private readonly ascii: boolean;
  /** Index of the `\n` ending the line before the first NUL byte (-1: line 1), or n if none. */
  private readonly nulLineStart: number;

  /** tok->cur: the next character to read. */
  private pos = 0;
  /** tok->lineno and tok->line_start: the line of the last character read. */
  private lineno = 1;
  private lineStart = 0;
  /** tok->buf: start of the line read when no token was in progress (E_LINECONT counts from it). */
  private bufStart = 0;
  private atBol = true;
  /** Pending INDENT (> 0) or DEDENT (< 0) tokens. */
  private pendin = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  /** Open brackets: the character, its line and its byte column. */
  private readonly parenChar: number[] = [];
  private readonly parenLine: number[] = [];
  private readonly parenCol: number[] = [];
  private finished = false;
  /** The line after the last NEWLINE holds a NUL byte: the next call reports it. */
  private nulPending = false;
  /** Once an error was thrown, next() throws it again. */
  private failure: TokenizerError | null = null;

  /** Cache for byte columns on non-ASCII lines. */
  private bcLineStart = -1;
  private bcPos = 0;
  private bcBytes = 0;

  constructor(text: string, options: TokenizerOptions = {}) {
    this.source = normalizeNewlines(text);
    this.lastNewlineReal = text.length > 0 && (text.endsWith("\n") || text.endsWith("\r"));
    this.filename = options.filename ?? "<string>";
    this.onWarning = options.onWarning;
    this.offsetsInBytes = options.offsetsInBytes ?? false;
    this.n = this.source.length;
    this.ascii = isAscii(this.source);
    const nul = this.source.indexOf("\0");
    this.nulLineStart = nul < 0 ? this.n : this.source.lastIndexOf("\n", nul);
  }

  /** The bracket nesting depth (tok->level). */
  get level(): number {
    return this.parenChar.length;
  }

  /** The next token; throws a TokenizerError (a PythonSyntaxError) for bad input. */
  next(): Token {
    if (this.failure !== null) throw this.failure;
    try {
      return this.get();
    } catch (e) {
      if (e instanceof TokenizerError) {
        if (this.parenChar.length > 0)
          e.unclosed = e.msg.endsWith("was never closed") ? e : this.unclosedError();
        this.failure = e;
      }
      throw e;
    }
  }

  // ---- positions -------------------------------------------------------------------------

  /** UTF-8 byte column of `pos` on the line starting at `lineStart`. */
  private byteCol(pos: number, lineStart: number): number {
    if (this.ascii) return pos - lineStart;
    let i: number;
    let bytes: number;
    if (this.bcLineStart === lineStart && pos >= this.bcPos) {
      i = this.bcPos;
      bytes = this.bcBytes;
    } else {
      i = lineStart;
      bytes = 0;
    }
    bytes += utf8Length(this.source, i, pos);
    this.bcLineStart = lineStart;
    this.bcPos = pos;
    this.bcBytes = bytes;
    return bytes;
  }

  private token(
    type: TokenType,
    string: string,
    start: number,
    end: number,
    lineno: number,
    lineStart: number,
  ): Token {
    return {
      type,
      string,
      lineno,
      endLineno: this.lineno,
      colOffset: this.byteCol(start, lineStart),
      endColOffset: this.byteCol(end, this.lineStart),
      start,
      end,
    };
  }

  /** Index of the end of the line starting at `lineStart` (its `\n`). */
  private lineEnd(lineStart: number): number {
    const e = this.source.indexOf("\n", lineStart);
    return e < 0 ? this.n : e;
  }

  /** A line as CPython's syntaxerror() shows it: without its newline. */
  private lineText(lineStart: number): string {
    return this.source.slice(lineStart, this.lineEnd(lineStart));
  }

  /** A line as a file read gives it: with its newline when the file has one. */
  private fileLineText(lineStart: number): string {
    const e = this.lineEnd(lineStart);
    const real = e + 1 < this.n || this.lastNewlineReal;
    return this.source.slice(lineStart, real ? e + 1 : e);
  }

  // ---- errors ----------------------------------------------------------------------------

  private error(
    family: TokenizerErrorFamily,
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    text: string,
    endLineno: number,
    endOffset: number,
  ): TokenizerError {
    const shown = withUndecodableReplaced(text);
    return new TokenizerError(family, kind, msg, this.filename, lineno, offset, shown, endLineno, endOffset);
  }

  /** A column pegen reports: a byte offset, converted to characters unless offsetsInBytes. */
  private charOffset(line: string, byteOffset: number): number {
    return this.offsetsInBytes ? byteOffset : byteOffsetToCharOffset(line, byteOffset);
  }

  /** syntaxerror(): offset counts characters from the line start to the cursor `cur`. */
  private raised(msg: string, cur: number = this.pos): TokenizerError {
    const offset = codePointsBetween(this.source, this.lineStart, cur);
    return this.error(
      "raised",
      "SyntaxError",
      msg,
      this.lineno,
      offset,
      this.lineText(this.lineStart),
      this.lineno,
      offset,
    );
  }

  /** syntaxerror_known_range(): offsets given in bytes, used as they are (as CPython does). */
  private raisedRange(msg: string, colOffset: number, endColOffset: number): TokenizerError {
    const text = this.lineText(this.lineStart);
    return this.error("raised", "SyntaxError", msg, this.lineno, colOffset, text, this.lineno, endColOffset);
  }

  /**
   * An error tokenizer_error() raises through _PyPegen_raise_error with the cursor at the end of
   * the line: offset is the line's byte length converted to characters, end offset -1.
   */
  private reportedAtLineEnd(kind: SyntaxErrorKind, msg: string): TokenizerError {
    const line = this.fileLineText(this.lineStart);
    const bytes = utf8Length(this.source, this.lineStart, this.lineEnd(this.lineStart) + 1);
    const offset = this.charOffset(line, bytes);
    return this.error("reported", kind, msg, this.lineno, offset, line, this.lineno, -1);
  }

  /** TabError and "too many levels of indentation": at column 1 of the line, end offset 0. */
  private reportedAtLineStart(kind: SyntaxErrorKind, msg: string): TokenizerError {
    return this.error(
      "reported",
      kind,
      msg,
      this.lineno,
      1,
      this.fileLineText(this.lineStart),
      this.lineno,
      0,
    );
  }

  /** raise_unclosed_parentheses_error(): at the innermost open bracket, end offset 0. */
  private unclosedError(): TokenizerError {
    const level = this.parenChar.length;
    const line = this.parenLine[level - 1]!;
    const col = this.parenCol[level - 1]!;
    let ls = 0;
    for (let l = 1; l < line; l++) ls = this.source.indexOf("\n", ls) + 1;
    const text = this.fileLineText(ls);
    const offset = this.charOffset(text, col + 1);
    const ch = String.fromCharCode(this.parenChar[level - 1]!);
    return this.error("reported", "SyntaxError", `'${ch}' was never closed`, line, offset, text, line, 0);
  }

  /** E_EOF: the input ended right after a line continuation. */
  private eofError(): TokenizerError {
    if (this.parenChar.length > 0) return this.unclosedError();
    return this.reportedAtLineEnd("SyntaxError", "unexpected EOF while parsing");
  }

  /** E_LINECONT: `bad` is the index of the character after the backslash. */
  private lineContinuationError(bad: number): TokenizerError {
    const line = this.fileLineText(this.lineStart);
    const col = utf8Length(this.source, this.bufStart, bad);
    const offset = this.charOffset(line, col + 1);
    const msg = "unexpected character after line continuation character";
    return this.error("reported", "SyntaxError", msg, this.lineno, offset, line, this.lineno, 0);
  }

  // ---- scanning --------------------------------------------------------------------------

  /** Moves past the `\n` at `pos - 1` onto the next line, if there is one (ADVANCE_LINENO). */
  private newLine(deferNul = false): void {
    if (this.pos < this.n) {
      this.lineno++;
      this.lineStart = this.pos;
      if (this.pos > this.nulLineStart) {
        // After a NEWLINE token, CPython reads the next line only when asked for the next token.
        if (deferNul) this.nulPending = true;
        else this.nulError();
      }
    }
  }

  /**
   * CPython reads a file line by line and rejects a line holding a NUL byte when it reads it
   * (tok_underflow_file): offset 0, the text cut at the NUL.
   */
  private nulError(): void {
    const nul = this.source.indexOf("\0", this.lineStart);
    if (nul < 0 || nul >= this.lineEnd(this.lineStart)) return;
    const text = this.source.slice(this.lineStart, nul);
    const msg = "source code cannot contain null bytes";
    throw this.error("raised", "SyntaxError", msg, this.lineno, 0, text, this.lineno, 0);
  }

  /**
   * tok_continuation_line: the cursor is after a backslash; it must be followed by a newline and
   * then by more input.
   */
  private continuation(): void {
    const src = this.source;
    if (this.pos >= this.n || src.charCodeAt(this.pos) !== NL) {
      throw this.lineContinuationError(this.pos);
    }
    this.pos++;
    if (this.pos >= this.n) throw this.eofError();
    this.newLine();
  }

  /** Indentation at the start of a line; returns true when the line is blank or a comment. */
  private indentation(): boolean {
    const src = this.source;
    const n = this.n;
    this.bufStart = this.lineStart;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = this.pos < n ? src.charCodeAt(this.pos) : EOF;
      if (c === SPACE) {
        col++;
        altcol++;
      } else if (c === TAB) {
        col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
        altcol++;
      } else if (c === FORMFEED) {
        col = altcol = 0;
      } else if (c === BACKSLASH) {
        // The first backslash decides the indentation of what follows (tok_get, 3.11).
        contLineCol = contLineCol || col;
        this.pos++;
        this.continuation();
        this.bufStart = this.lineStart;
        continue;
      } else break;
      this.pos++;
    }
    const blank = c === HASH || c === NL;
    if (blank || this.parenChar.length > 0) return blank;
    if (contLineCol) col = altcol = contLineCol;
    const indstack = this.indstack;
    const altindstack = this.altindstack;
    const top = indstack.length - 1;
    if (col === indstack[top]) {
      if (altcol !== altindstack[top]) throw this.tabError();
    } else if (col > indstack[top]!) {
      if (top + 1 >= MAXINDENT) {
        throw this.reportedAtLineStart("IndentationError", "too many levels of indentation");
      }
      if (altcol <= altindstack[top]!) throw this.tabError();
      this.pendin++;
      indstack.push(col);
      altindstack.push(altcol);
    } else {
      while (indstack.length > 1 && col < indstack[indstack.length - 1]!) {
        this.pendin--;
        indstack.pop();
        altindstack.pop();
      }
      if (col !== indstack[indstack.length - 1]) {
        throw this.reportedAtLineEnd(
          "IndentationError",
          "unindent does not match any outer indentation level",
        );
      }
      if (altcol !== altindstack[altindstack.length - 1]) throw this.tabError();
    }
    return false;
  }

  private tabError(): TokenizerError {
    return this.reportedAtLineStart("TabError", "inconsistent use of tabs and spaces in indentation");
  }

  private get(): Token {
    const src = this.source;
    const n = this.n;
    if (this.nulPending) this.nulError();
    if (this.finished) return this.token("ENDMARKER", "", this.pos, this.pos, this.lineno, this.lineStart);
    for (;;) {
      // nextline:
      let blankline = false;
      if (this.atBol) {
        this.atBol = false;
        if (this.lineno === 1 && this.pos === 0 && this.nulLineStart < 0) this.nulError();
        blankline = this.indentation();
      }
      if (this.pendin !== 0) {
        const p = this.pos;
        if (this.pendin < 0) {
          this.pendin++;
          return this.token("DEDENT", "", p, p, this.lineno, this.lineStart);
        }
        this.pendin--;
        return this.token("INDENT", "", p, p, this.lineno, this.lineStart);
      }
      // again:
      for (;;) {
        let pos = this.pos;
        let c = pos < n ? src.charCodeAt(pos) : EOF;
        while (c === SPACE || c === TAB || c === FORMFEED) c = ++pos < n ? src.charCodeAt(pos) : EOF;
        const start = pos;
        if (c === HASH) {
          pos = src.indexOf("\n", pos);
          if (pos < 0) pos = n;
          c = pos < n ? NL : EOF;
        }
        this.pos = pos;
        if (c === EOF) {
          if (this.parenChar.length > 0) throw this.unclosedError();
          this.finished = true;
          return this.token("ENDMARKER", "", pos, pos, this.lineno, this.lineStart);
        }
        if (c < 128 ? (ASCII_CLASS[c]! & ID_START) !== 0 : true) return this.nameOrString(start, c);
        if (c === NL) {
          this.pos = pos + 1;
          this.atBol = true;
          if (blankline || this.parenChar.length > 0) {
            this.newLine();
            break; // to nextline
          }
          // The token starts at a comment before the newline, if any (p_start = tok->start).
          const tok = this.token("NEWLINE", "", start, pos, this.lineno, this.lineStart);
          this.newLine(true);
          return tok;
        }
        if (c >= 0x30 && c <= 0x39) return this.number(start);
        if (c === 0x2e) {
          const c2 = src.charCodeAt(pos + 1);
          if (isDigit(c2)) return this.number(start);
          if (c2 === 0x2e && src.charCodeAt(pos + 2) === 0x2e) return this.op(start, 3);
          return this.op(start, 1);
        }
        if (c === DQUOTE || c === SQUOTE) return this.string(start, pos);
        if (c === BACKSLASH) {
          this.pos = pos + 1;
          this.continuation();
          continue; // again
        }
        return this.operator(start, c);
      }
    }
  }

  private op(start: number, length: number): Token {
    this.pos = start + length;
    return this.token(
      "OP",
      this.source.slice(start, start + length),
      start,
      start + length,
      this.lineno,
      this.lineStart,
    );
  }

  /** Operators and brackets: PyToken_OneChar / TwoChars / ThreeChars, and bracket tracking. */
  private operator(start: number, c: number): Token {
    const src = this.source;
    const c2 = src.charCodeAt(start + 1);
    const length = operatorLength(c, c2, src.charCodeAt(start + 2));
    if (length > 1) return this.op(start, length);
    switch (c) {
      case 0x28: // (
      case 0x5b: // [
      case 0x7b: // {
        if (this.parenChar.length >= MAXLEVEL) {
          this.pos = start + 1;
          throw this.raised("too many nested parentheses");
        }
        this.parenChar.push(c);
        this.parenLine.push(this.lineno);
        this.parenCol.push(this.byteCol(start, this.lineStart));
        break;
      case 0x29: // )
      case 0x5d: // ]
      case 0x7d: {
        // }
        this.pos = start + 1;
        const ch = String.fromCharCode(c);
        if (this.parenChar.length === 0) throw this.raised(`unmatched '${ch}'`);
        const opening = this.parenChar.pop()!;
        const line = this.parenLine.pop()!;
        this.parenCol.pop();
        if (!(
          (opening === 0x28 && c === 0x29) ||
          (opening === 0x5b && c === 0x5d) ||
          (opening === 0x7b && c === 0x7d)
        )) {
          const o = String.fromCharCode(opening);
          const msg = `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`;
          throw this.raised(line !== this.lineno ? `${msg} on line ${line}` : msg);
        }
        break;
      }
      default:
        if (!isPrintable(c)) {
          this.pos = start + 1;
          throw this.raised(`invalid non-printable character U+${hex4(c)}`);
        }
    }
    return this.op(start, 1);
  }

  /** Identifiers, and string prefixes (b, r, u, f in their allowed combinations). */
  private nameOrString(start: number, first: number): Token {
    const src = this.source;
    const n = this.n;
    let q = start;
    let c = first;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = src.charCodeAt(++q);
      if (c === DQUOTE || c === SQUOTE) return this.string(start, q);
    }
    let nonascii = false;
    while (q < n) {
      c = src.charCodeAt(q);
      if (c < 128) {
        if ((ASCII_CLASS[c]! & ID_CHAR) === 0) break;
      } else nonascii = true;
      q++;
    }
    const name = src.slice(start, q);
    if (nonascii) {
      for (let i = start; i < q; i++) if (escapedByte(src, i) >= 0) throw this.undecodableName(start, q);
      const invalid = scanIdentifier(name);
      if (invalid >= 0) {
        const cp = [...name][invalid]!.codePointAt(0)!;
        // The cursor ends up just after the offending character (verify_identifier).
        let cur = start;
        for (let i = 0; i <= invalid; i++) cur += src.codePointAt(cur)! > 0xffff ? 2 : 1;
        this.pos = cur;
        const ch = String.fromCodePoint(cp);
        throw this.raised(
          isPrintable(cp)
            ? `invalid character '${ch}' (U+${hex4(cp)})`
            : `invalid non-printable character U+${hex4(cp)}`,
        );
      }
    }
    this.pos = q;
    return this.token("NAME", name, start, q, this.lineno, this.lineStart);
  }

  /**
   * An identifier holding bytes that are not UTF-8: verify_identifier's decoding fails, and
   * pegen's raise_decode_error reports the UnicodeDecodeError at the cursor (the end of the run).
   */
  private undecodableName(start: number, end: number): TokenizerError {
    const bytes = sourceBytes(this.source, start, end);
    const bad = utf8Error(bytes) ?? { start: 0, end: 1, reason: "invalid start byte" };
    const detail = new DecodeFailure("utf-8", bytes, bad.start, bad.end, bad.reason).pythonMessage();
    const lineEnd = this.lineEnd(this.lineStart);
    const text = new TextDecoder().decode(sourceBytes(this.source, this.lineStart, lineEnd + 1));
    const col = utf8Length(this.source, this.lineStart, end);
    const offset = this.offsetsInBytes ? col : byteOffsetToCharOffset(text, col);
    this.pos = end;
    return this.error(
      "raised",
      "SyntaxError",
      `(unicode error) ${detail}`,
      this.lineno,
      offset,
      text,
      this.lineno,
      -1,
    );
  }

  /** A string literal; `start` is its prefix, `quotePos` its first quote (tok_get, letter_quote). */
  private string(start: number, quotePos: number): Token {
    const src = this.source;
    const n = this.n;
    const quote = src.charCodeAt(quotePos);
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let pos = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (src.charCodeAt(pos) === quote) {
      if (src.charCodeAt(pos + 1) === quote) {
        quoteSize = 3;
        pos += 2;
      } else {
        pos += 1;
        endQuoteSize = 1; // the empty string
      }
    }
    while (endQuoteSize !== quoteSize) {
      if (pos >= n) {
        this.pos = pos;
        throw this.unterminated(start, quoteSize, firstLine, firstLineStart);
      }
      const c = src.charCodeAt(pos++);
      if (c === quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === NL) {
        if (quoteSize === 1) {
          this.pos = pos;
          throw this.unterminated(start, quoteSize, firstLine, firstLineStart);
        }
        this.pos = pos;
        this.newLine();
      } else if (c === BACKSLASH && pos < n) {
        if (src.charCodeAt(pos++) === NL) {
          this.pos = pos;
          this.newLine();
        }
      }
    }
    this.pos = pos;
    return this.token("STRING", src.slice(start, pos), start, pos, firstLine, firstLineStart);
  }

  private unterminated(
    start: number,
    quoteSize: number,
    firstLine: number,
    firstLineStart: number,
  ): TokenizerError {
    const detected = this.lineno;
    this.lineno = firstLine;
    this.lineStart = firstLineStart;
    const what =
      quoteSize === 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
    return this.raised(`${what} (detected at line ${detected})`, start + 1);
  }

  // ---- numbers ---------------------------------------------------------------------------

  private peek(): number {
    return this.pos < this.n ? this.source.charCodeAt(this.pos) : EOF;
  }

  /** tok_nextc for the number scanner, which never crosses a line. */
  private nextc(): number {
    if (this.pos >= this.n) return EOF;
    return this.source.charCodeAt(this.pos++);
  }

  /** tok_backup: EOF is never "read", so backing up over it does nothing. */
  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  /** tok_decimal_tail: digits with single underscores between them; returns the next char. */
  private decimalTail(): number {
    for (;;) {
      let c: number;
      do c = this.nextc();
      while (isDigit(c));
      if (c !== 0x5f) return c;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        throw this.raised("invalid decimal literal");
      }
    }
  }

  /** lookahead(): the characters of `rest` follow, and then no identifier character. */
  private lookahead(rest: string): boolean {
    const save = this.pos;
    for (let i = 0; i < rest.length; i++) {
      if (this.nextc() !== rest.charCodeAt(i)) {
        this.pos = save;
        return false;
      }
    }
    const c = this.peek();
    this.pos = save;
    return !(c >= 128 || (c >= 0 && (ASCII_CLASS[c]! & ID_CHAR) !== 0));
  }

  /**
   * verify_end_of_number: `c` was read after the number. A keyword that can follow a number in
   * valid code (`1if x else y`) only warns; any other ASCII identifier character is an error.
   */
  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === 0x61) r = this.lookahead("nd");
    else if (c === 0x65) r = this.lookahead("lse");
    else if (c === 0x66) r = this.lookahead("or");
    else if (c === 0x69) {
      const c2 = this.peek();
      r = c2 === 0x66 || c2 === 0x6e || c2 === 0x73;
    } else if (c === 0x6f) r = this.lookahead("r");
    else if (c === 0x6e) r = this.lookahead("ot");
    if (r) {
      this.backup(c);
      const message = `invalid ${kind} literal`;
      if (this.onWarning !== undefined && this.onWarning(message, this.lineno)) throw this.raised(message);
      this.nextc();
    } else if (c >= 0 && c < 128 && (ASCII_CLASS[c]! & ID_CHAR) !== 0) {
      this.backup(c);
      throw this.raised(`invalid ${kind} literal`);
    }
  }

  /** A number starting at `start` (a digit, or a dot followed by a digit). Follows tok_get. */
  private number(start: number): Token {
    this.pos = start;
    let c = this.nextc();
    if (c === 0x2e) {
      c = this.fraction(this.nextc());
    } else if (c === 0x30) {
      c = this.nextc();
      if (c === 0x78 || c === 0x58) c = this.radix(16, "hexadecimal");
      else if (c === 0x6f || c === 0x4f) c = this.radix(8, "octal");
      else if (c === 0x62 || c === 0x42) c = this.radix(2, "binary");
      else c = this.zeroDecimal(c, start);
    } else {
      c = this.decimalTail();
      if (c === 0x2e) c = this.fraction(this.nextc());
      else c = this.exponentAndImaginary(c);
    }
    this.backup(c);
    const end = this.pos;
    return this.token("NUMBER", this.source.slice(start, end), start, end, this.lineno, this.lineStart);
  }

  /** Hex, octal or binary digits after the prefix; returns the character after the number. */
  private radix(base: 16 | 8 | 2, kind: string): number {
    let c = this.nextc();
    do {
      if (c === 0x5f) c = this.nextc();
      if (!isRadixDigit(base, c)) {
        // A decimal digit out of range is reported after it, anything else before it.
        if (base !== 16 && isDigit(c))
          throw this.raised(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        throw this.raised(`invalid ${kind} literal`);
      }
      do c = this.nextc();
      while (isRadixDigit(base, c));
    } while (c === 0x5f);
    if (base !== 16 && isDigit(c))
      throw this.raised(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    this.verifyEndOfNumber(c, kind);
    return c;
  }

  /** A number starting with 0 that is not hex/octal/binary; `c` follows the first 0. */
  private zeroDecimal(first: number, start: number): number {
    let c = first;
    let nonzero = false;
    for (;;) {
      if (c === 0x5f) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          throw this.raised("invalid decimal literal");
        }
      }
      if (c !== 0x30) break;
      c = this.nextc();
    }
    const zerosEnd = this.pos;
    if (isDigit(c)) {
      nonzero = true;
      c = this.decimalTail();
    }
    if (c === 0x2e) return this.fraction(this.nextc());
    if (c === 0x65 || c === 0x45) return this.exponentAndImaginary(c);
    if (c === 0x6a || c === 0x4a) return this.exponentAndImaginary(c);
    if (nonzero) {
      this.backup(c);
      const col = this.byteCol(start, this.lineStart);
      throw this.raisedRange(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        col + 1,
        this.byteCol(zerosEnd, this.lineStart),
      );
    }
    this.verifyEndOfNumber(c, "decimal");
    return c;
  }

  /** The digits after a decimal point (`c` is the first character after the point). */
  private fraction(first: number): number {
    let c = first;
    if (isDigit(c)) c = this.decimalTail();
    return this.exponentAndImaginary(c);
  }

  /** An optional exponent, then an optional `j`; returns the character after the number. */
  private exponentAndImaginary(first: number): number {
    let c = first;
    if (c === 0x65 || c === 0x45) {
      const e = c;
      c = this.nextc();
      if (c === 0x2b || c === 0x2d) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          throw this.raised("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        this.backup(c);
        this.verifyEndOfNumber(e, "decimal");
        // The `e` is not part of the number: hand it back as the next character.
        this.backup(e);
        return this.nextc();
      }
      c = this.decimalTail();
    }
    if (c === 0x6a || c === 0x4a) {
      c = this.nextc();
      this.verifyEndOfNumber(c, "imaginary");
      return c;
    }
    this.verifyEndOfNumber(c, "decimal");
    return c;
  }
}

function isRadixDigit(base: 16 | 8 | 2, c: number): boolean {
  if (base === 16) return c >= 0 && c < 128 && (ASCII_CLASS[c]! & HEX_DIGIT) !== 0;
  if (base === 8) return c >= 0x30 && c <= 0x37;
  return c === 0x30 || c === 0x31;
}

/** Length of the operator starting with c, c2, c3: 3, 2, or 1 (any other character). */
function operatorLength(c: number, c2: number, c3: number): number {
  switch (c) {
    case 0x21: // !
      return c2 === 0x3d ? 2 : 1;
    case 0x25: // %
    case 0x26: // &
    case 0x40: // @
    case 0x5e: // ^
    case 0x7c: // |
    case 0x3d: // =
    case 0x2b: // +
      return c2 === 0x3d ? 2 : 1;
    case 0x2a: // *
      if (c2 === 0x2a) return c3 === 0x3d ? 3 : 2;
      return c2 === 0x3d ? 2 : 1;
    case 0x2f: // /
      if (c2 === 0x2f) return c3 === 0x3d ? 3 : 2;
      return c2 === 0x3d ? 2 : 1;
    case 0x2d: // -
      return c2 === 0x3d || c2 === 0x3e ? 2 : 1;
    case 0x3a: // :
      return c2 === 0x3d ? 2 : 1;
    case 0x3c: // <
      if (c2 === 0x3c) return c3 === 0x3d ? 3 : 2;
      return c2 === 0x3d || c2 === 0x3e ? 2 : 1;
    case 0x3e: // >
      if (c2 === 0x3e) return c3 === 0x3d ? 3 : 2;
      return c2 === 0x3d ? 2 : 1;
    default:
      return 1;
  }
}

/** What the parser consumes: the tokens before the first error, and that error if any. */
export interface TokenStream {
  /** Up to and including ENDMARKER when `error` is null. */
  readonly tokens: Token[];
  readonly error: TokenizerError | null;
  /** The normalized source the tokens' `start` / `end` index (Tokenizer.source). */
  readonly source: string;
}

/**
 * Tokenizes all of `text`. CPython finds tokenizer errors lazily, when the parser asks for the
 * next token; a parser using this stream must raise `error` when it asks for the token after
 * the last one, and, when it fails on its own first, decide with laterError().
 */
export function tokenizeAll(text: string, options: TokenizerOptions = {}): TokenStream {
  const tokenizer = new Tokenizer(text, options);
  const tokens: Token[] = [];
  try {
    for (;;) {
      const t = tokenizer.next();
      tokens.push(t);
      if (t.type === "ENDMARKER") break;
    }
  } catch (e) {
    if (!(e instanceof TokenizerError)) throw e;
    return { tokens, error: e, source: tokenizer.source };
  }
  return { tokens, error: null, source: tokenizer.source };
}

/**
 * When the parser failed with its own error on line `errorLine` before reaching the tokenizer's
 * `error`, the error CPython reports instead (_PyPegen_tokenize_full_source_to_check_for_errors):
 * a "raised" tokenizer error anywhere later, or an unclosed bracket opened on an earlier line
 * than the parser's error when the tokenizer stopped inside it. Null: keep the parser's error.
 */
export function laterError(error: TokenizerError | null, errorLine: number): TokenizerError | null {
  if (error === null) return null;
  if (error.family === "raised") return error;
  if (error.unclosed !== null && error.unclosed.lineno !== null && errorLine > error.unclosed.lineno)
    return error.unclosed;
  return null;
}

/** All tokens of `text` up to and including ENDMARKER; throws at the first error. */
export function tokenize(text: string, options: TokenizerOptions = {}): Token[] {
  const tokenizer = new Tokenizer(text, options);
  const tokens: Token[] = [];
  for (;;) {
    const t = tokenizer.next();
    tokens.push(t);
    if (t.type === "ENDMARKER") return tokens;
  }
}
