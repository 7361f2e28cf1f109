/**
 * The `tokenize` module's view of a source file (Lib/tokenize.py, 3.11: detect_encoding and
 * _tokenize), for `pyglass tokens`. It differs from the C tokenizer the parser uses
 * (tokenizer.ts) in many small ways that `python3 -m tokenize` shows, and we reproduce them:
 * ENCODING first; COMMENT and NL tokens; NEWLINE and NL carry the newline text (`\r\n` kept);
 * INDENT spans the indentation and DEDENT sits after it; an input without a final newline ends
 * with a NEWLINE of empty string; positions count characters, not bytes; whatever no token
 * pattern matches becomes a one-character ERRORTOKEN (a blank before an unterminated string
 * included), and a single-quoted string left open at a backslash-newline that does not continue
 * becomes one ERRORTOKEN; numbers and names are matched by tokenize.py's patterns, so `0777` is
 * two NUMBERs and `1if` a NUMBER and a NAME. Lines are split at `\n` only, as readline does on a
 * binary file.
 */
import { codecDecoder, DecodeFailure } from "./source-codecs.js";
import { findCodingSpec, normalEncodingName } from "./source.js";
import type { TokenType } from "./token.js";
import { isIdStartCp } from "../objects/unicode-props.js";
import { pseudoToken, stringEnd } from "./tokenizer-module-scan.js";

/** tokenize.TokenInfo: positions are (line, column), columns in characters. */
export interface TokenInfo {
  readonly type: TokenType;
  readonly string: string;
  readonly start: readonly [number, number];
  readonly end: readonly [number, number];
  /** The physical line(s) the token is on. */
  readonly line: string;
}

/**
 * What tokenize.py raises: TokenError (EOF inside a statement or string), IndentationError (a
 * dedent to no known level) and, from detect_encoding, SyntaxError. `lineno` / `column` are
 * what `python3 -m tokenize` prints; null for SyntaxError, which has no location there.
 */
export class TokenizeModuleError extends Error {
  constructor(
    readonly kind: "TokenError" | "IndentationError" | "SyntaxError",
    readonly msg: string,
    readonly lineno: number | null,
    readonly column: number | null,
  ) {
    super(`${kind}: ${msg}`);
    this.name = "TokenizeModuleError";
  }
}

const TABSIZE = 8;

/** Python's str.isspace() characters, for `last_line.strip().startswith("#")`. */
// eslint-disable-next-line no-control-regex -- the ASCII separators \x1c-\x1f are spaces to Python
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

const TRIPLE_QUOTES = ['"""', "'''"];

/** Column in code points of index `i` of `line` (tokenize.py counts str indices). */
function col(line: string, i: number, astral: boolean): number {
  if (!astral) return i;
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = line.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
      const p = line.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

function hasAstral(line: string): boolean {
  return /[\ud800-\udfff]/.test(line);
}

function isIdentifierStart(line: string, i: number): boolean {
  const cp = line.codePointAt(i)!;
  if (cp < 128) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f;
  return isIdStartCp(cp);
}

/** Splits `text` into lines as readline() returns them: each with its `\n`, the last maybe not. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) break;
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/**
 * tokenize._tokenize over decoded lines: the token stream after ENCODING. Throws a
 * TokenizeModuleError where tokenize.py raises; tokens yielded before that were yielded.
 */
export function* generateTokens(lines: readonly string[]): Generator<TokenInfo> {
  let lnum = 0;
  let parenlev = 0;
  let continued = false;
  let contstr = "";
  let needcont = false;
  let contline = "";
  let strstart: [number, number] = [0, 0];
  let endQuote = "";
  const indents = [0];
  let lastLine = "";
  let line = "";
  let index = 0;

  for (;;) {
    lastLine = line;
    line = index < lines.length ? lines[index++]! : "";
    lnum++;
    let pos = 0;
    const max = line.length;
    const astral = hasAstral(line);

    if (contstr !== "") {
      if (line === "")
        throw new TokenizeModuleError("TokenError", "EOF in multi-line string", strstart[0], strstart[1]);
      const end = stringEnd(line, 0, endQuote);
      if (end >= 0) {
        pos = end;
        yield {
          type: "STRING",
          string: contstr + line.slice(0, end),
          start: strstart,
          end: [lnum, col(line, end, astral)],
          line: contline + line,
        };
        contstr = "";
        needcont = false;
        contline = "";
      } else if (needcont && !line.endsWith("\\\n") && !line.endsWith("\\\r\n")) {
        yield {
          type: "ERRORTOKEN",
          string: contstr + line,
          start: strstart,
          end: [lnum, col(line, max, astral)],
          line: contline,
        };
        contstr = "";
        contline = "";
        continue;
      } else {
        contstr += line;
        contline += line;
        continue;
      }
    } else if (parenlev === 0 && !continued) {
      // A new statement: indentation, or a blank / comment-only line.
      if (line === "") break;
      let column = 0;
      while (pos < max) {
        const c = line.charCodeAt(pos);
        if (c === 0x20) column++;
        else if (c === 0x09) column = (Math.floor(column / TABSIZE) + 1) * TABSIZE;
        else if (c === 0x0c) column = 0;
        else break;
        pos++;
      }
      if (pos === max) break;
      const c = line.charCodeAt(pos);
      if (c === 0x23 || c === 0x0d || c === 0x0a) {
        if (c === 0x23) {
          const comment = line.slice(pos).replace(/[\r\n]+$/, "");
          const end = pos + comment.length;
          yield {
            type: "COMMENT",
            string: comment,
            start: [lnum, col(line, pos, astral)],
            end: [lnum, col(line, end, astral)],
            line,
          };
          pos = end;
        }
        yield {
          type: "NL",
          string: line.slice(pos),
          start: [lnum, col(line, pos, astral)],
          end: [lnum, col(line, max, astral)],
          line,
        };
        continue;
      }
      const at = col(line, pos, astral);
      if (column > indents[indents.length - 1]!) {
        indents.push(column);
        yield { type: "INDENT", string: line.slice(0, pos), start: [lnum, 0], end: [lnum, at], line };
      }
      while (column < indents[indents.length - 1]!) {
        if (!indents.includes(column)) {
          throw new TokenizeModuleError(
            "IndentationError",
            "unindent does not match any outer indentation level",
            lnum,
            at,
          );
        }
        indents.pop();
        yield { type: "DEDENT", string: "", start: [lnum, at], end: [lnum, at], line };
      }
    } else {
      // A continued statement.
      if (line === "") throw new TokenizeModuleError("TokenError", "EOF in multi-line statement", lnum, 0);
      continued = false;
    }

    while (pos < max) {
      const span = pseudoToken(line, pos);
      if (span === null) {
        const next = pos + (line.codePointAt(pos)! > 0xffff ? 2 : 1);
        yield {
          type: "ERRORTOKEN",
          string: line.slice(pos, next),
          start: [lnum, col(line, pos, astral)],
          end: [lnum, col(line, pos, astral) + 1],
          line,
        };
        pos = next;
        continue;
      }
      const [start, end] = span;
      pos = end;
      if (start === end) continue;
      const token = line.slice(start, end);
      const initial = token.charCodeAt(0);
      const spos: [number, number] = [lnum, col(line, start, astral)];
      const epos: [number, number] = [lnum, col(line, end, astral)];
      if ((initial >= 0x30 && initial <= 0x39) || (initial === 0x2e && token !== "." && token !== "...")) {
        yield { type: "NUMBER", string: token, start: spos, end: epos, line };
      } else if (initial === 0x0d || initial === 0x0a) {
        yield { type: parenlev > 0 ? "NL" : "NEWLINE", string: token, start: spos, end: epos, line };
      } else if (initial === 0x23) {
        yield { type: "COMMENT", string: token, start: spos, end: epos, line };
      } else if (TRIPLE_QUOTES.includes(token.slice(-3)) && isOpener(token, 3)) {
        endQuote = token.slice(-3);
        const stop = stringEnd(line, pos, endQuote);
        if (stop >= 0) {
          pos = stop;
          yield {
            type: "STRING",
            string: line.slice(start, stop),
            start: spos,
            end: [lnum, col(line, stop, astral)],
            line,
          };
        } else {
          strstart = spos;
          contstr = line.slice(start);
          contline = line;
          break;
        }
      } else if (isSingleQuoted(token)) {
        if (token.endsWith("\n")) {
          strstart = spos;
          endQuote = token[token.search(/['"]/)]!;
          contstr = line.slice(start);
          needcont = true;
          contline = line;
          break;
        }
        yield { type: "STRING", string: token, start: spos, end: epos, line };
      } else if (isIdentifierStart(token, 0)) {
        yield { type: "NAME", string: token, start: spos, end: epos, line };
      } else if (initial === 0x5c) {
        continued = true;
      } else {
        if (initial === 0x28 || initial === 0x5b || initial === 0x7b) parenlev++;
        else if (initial === 0x29 || initial === 0x5d || initial === 0x7d) parenlev--;
        yield { type: "OP", string: token, start: spos, end: epos, line };
      }
    }
  }

  // An implicit NEWLINE when the input does not end with one (and its last line is code).
  if (lastLine !== "") {
    const last = lastLine.charCodeAt(lastLine.length - 1);
    if (last !== 0x0a && last !== 0x0d && !lastLine.replace(PY_SPACE, "").startsWith("#")) {
      const c = col(lastLine, lastLine.length, hasAstral(lastLine));
      yield { type: "NEWLINE", string: "", start: [lnum - 1, c], end: [lnum - 1, c + 1], line: "" };
    }
  }
  for (let i = 1; i < indents.length; i++)
    yield { type: "DEDENT", string: "", start: [lnum, 0], end: [lnum, 0], line: "" };
  yield { type: "ENDMARKER", string: "", start: [lnum, 0], end: [lnum, 0], line: "" };
}

/** The token is a string prefix followed by `quotes` quote characters (tokenize's *_quoted sets). */
function isOpener(token: string, quotes: number): boolean {
  const prefix = token.length - quotes;
  if (prefix < 0 || prefix > 2) return false;
  const p = token.slice(0, prefix).toLowerCase();
  return ["", "b", "r", "u", "f", "br", "rb", "fr", "rf"].includes(p);
}

/** `initial in single_quoted or token[:2] in single_quoted or token[:3] in single_quoted`. */
function isSingleQuoted(token: string): boolean {
  for (let n = 1; n <= 3 && n <= token.length; n++) {
    const q = token.charCodeAt(n - 1);
    if ((q === 0x22 || q === 0x27) && isOpener(token.slice(0, n), 1)) return true;
  }
  return false;
}

/** tokenize.detect_encoding plus decoding: the encoding name and the text, without a BOM. */
export function detectEncoding(
  bytes: Uint8Array,
  filename: string | null,
): { encoding: string; text: string } {
  const forFile = (msg: string, sep: string): string =>
    filename === null ? msg : `${msg}${sep}${pyRepr(filename)}`;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let encoding = bom ? "utf-8-sig" : "utf-8";

  // find_cookie: the line must be UTF-8; a cookie must name a known codec.
  const findCookie = (line: Uint8Array): string | null => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(line);
    } catch {
      throw new TokenizeModuleError(
        "SyntaxError",
        forFile("invalid or missing encoding declaration", " for "),
        null,
        null,
      );
    }
    const spec = findCodingSpec(line);
    if (spec === null) return null;
    const name = normalEncodingName(spec);
    if (codecDecoder(name) === null) {
      const msg =
        filename === null ? `unknown encoding: ${name}` : `unknown encoding for ${pyRepr(filename)}: ${name}`;
      throw new TokenizeModuleError("SyntaxError", msg, null, null);
    }
    if (bom) {
      if (name !== "utf-8")
        throw new TokenizeModuleError(
          "SyntaxError",
          forFile("encoding problem", " for ") + ": utf-8",
          null,
          null,
        );
      return "utf-8-sig";
    }
    return name;
  };

  const end1 = lineEnd(body, 0);
  if (end1 > 0) {
    const first = body.subarray(0, end1);
    const cookie = findCookie(first);
    if (cookie !== null) encoding = cookie;
    else if (isBlankOrComment(first) && end1 < body.length) {
      const second = body.subarray(end1, lineEnd(body, end1));
      const cookie2 = findCookie(second);
      if (cookie2 !== null) encoding = cookie2;
    }
  }
  const name = encoding === "utf-8-sig" ? "utf-8" : encoding;
  const decoder = codecDecoder(name === "iso-8859-1" ? "latin-1" : name)!;
  try {
    return { encoding: name, text: decoder(body) };
  } catch (e) {
    if (e instanceof DecodeFailure) {
      // tokenize.py itself dies here with a UnicodeDecodeError and a traceback.
      throw new TokenizeModuleError("SyntaxError", e.pythonMessage(), null, null);
    }
    throw e;
  }
}

function lineEnd(bytes: Uint8Array, start: number): number {
  const nl = bytes.indexOf(0x0a, start);
  return nl < 0 ? bytes.length : nl + 1;
}

/** blank_re: only blanks, then a comment, a line end, or nothing. */
function isBlankOrComment(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && (line[i] === 0x20 || line[i] === 0x09 || line[i] === 0x0c)) i++;
  return i === line.length || line[i] === 0x23 || line[i] === 0x0d || line[i] === 0x0a;
}

/** repr() of a file name as the messages quote it. */
function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + s.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), `\\${quote}`) + quote;
}

/** tokenize.tokenize(): ENCODING, then the tokens of the decoded file. */
export function* tokenizeFile(bytes: Uint8Array, filename: string | null = null): Generator<TokenInfo> {
  const { encoding, text } = detectEncoding(bytes, filename);
  yield { type: "ENCODING", string: encoding, start: [0, 0], end: [0, 0], line: "" };
  yield* generateTokens(splitLines(text));
}
