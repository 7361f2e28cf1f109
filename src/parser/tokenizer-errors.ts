/**
 * Where CPython puts the SyntaxErrors that come out of tokenizing, so ours carry the same
 * lineno / offset / end position / text. Two families, because CPython raises them from two
 * places:
 *
 * - "raised" errors come from `syntaxerror()` in Parser/tokenizer.c (bad numbers, unterminated
 *   strings, invalid characters, bracket mismatches). Their offset counts the characters from the
 *   start of the line to the tokenizer's cursor, and their text is the line without its newline.
 * - "reported" errors are error codes (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT) that
 *   the parser turns into an exception in tokenizer_error() (Parser/pegen_errors.c). Their
 *   offsets are byte offsets converted to characters against the source line
 *   (_PyPegen_byte_offset_to_character_offset, which clips to the line's length + 1), and their
 *   text is the source line as a file read would give it: with its newline when it has one.
 *
 * The distinction matters after a failed parse: CPython tokenizes the rest of the file and lets
 * a later "raised" error replace the parser's own (_PyPegen_tokenize_full_source_to_check_for_errors).
 */
import { PythonSyntaxError, type SyntaxErrorKind } from "./syntax-error.js";

export type TokenizerErrorFamily = "raised" | "reported";

export class TokenizerError extends PythonSyntaxError {
  /**
   * When brackets were open at the error: the "'(' was never closed" error for the innermost one,
   * which CPython reports instead of a parser error on a later line (see laterError in
   * tokenizer.ts). Set once by the tokenizer that raises the error.
   */
  unclosed: TokenizerError | null = null;

  constructor(
    readonly family: TokenizerErrorFamily,
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    endLineno: number | null,
    endOffset: number | null,
  ) {
    super(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
  }
}

/** Number of code points in `text` from `from` to `to` (UTF-16 indices). */
export function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count only the high half.
    if (c >= 0xdc00 && c <= 0xdfff && i > from) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}

/**
 * Bytes that `text[from..to)` took in the source: UTF-8, except that a lone surrogate
 * U+DC80-U+DCFF stands for one undecodable source byte (decodeUtf8Escaping in source-codecs.ts).
 */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) bytes += charBytes(text, i, to);
  return bytes;
}

/** Bytes of the character at `i` (a surrogate pair counts at its first half, 0 at its second). */
function charBytes(text: string, i: number, limit: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < limit) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 4;
  }
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return 0;
  }
  if (c >= 0xdc80 && c <= 0xdcff) return 1;
  return 3;
}

/** The source bytes of `text[from..to)`, undecodable bytes restored (see utf8Length). */
export function sourceBytes(text: string, from: number, to: number): Uint8Array {
  const out = new Uint8Array(utf8Length(text, from, to));
  let k = 0;
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i)!;
    const n = charBytes(text, i, to);
    if (n === 1) out[k++] = cp >= 0xdc80 && cp <= 0xdcff ? cp - 0xdc00 : cp;
    else if (n === 2) {
      out[k++] = 0xc0 | (cp >> 6);
      out[k++] = 0x80 | (cp & 0x3f);
    } else if (n === 3) {
      out[k++] = 0xe0 | (cp >> 12);
      out[k++] = 0x80 | ((cp >> 6) & 0x3f);
      out[k++] = 0x80 | (cp & 0x3f);
    } else if (n === 4) {
      out[k++] = 0xf0 | (cp >> 18);
      out[k++] = 0x80 | ((cp >> 12) & 0x3f);
      out[k++] = 0x80 | ((cp >> 6) & 0x3f);
      out[k++] = 0x80 | (cp & 0x3f);
    }
  }
  return out;
}

/**
 * Follows _PyPegen_byte_offset_to_character_offset: the number of characters in the first
 * `byteOffset` bytes of `line` (a line without its newline, plus `newline` when the source has
 * one there). An offset past the end is clipped to the length + 1, and the terminating NUL
 * counts as a character, as in CPython.
 */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    const n = charBytes(line, i, line.length);
    if (n === 0) continue;
    if (bytes >= byteOffset) return chars;
    chars++;
    bytes += n;
  }
  return bytes >= byteOffset ? chars : chars + 1;
}

/**
 * An error line as CPython shows it: its text is the tokenizer's buffer decoded from UTF-8 with
 * "replace" (_syntaxerror_range in Parser/tokenizer.c, _PyPegen_raise_error_known_location), so
 * undecodable source bytes, which we carry as lone U+DC80-U+DCFF, read as U+FFFD.
 */
export function withUndecodableReplaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (before >= 0xd800 && before <= 0xdbff) continue;
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(sourceBytes(text, 0, text.length));
  }
  return text;
}
