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

/** Bytes that `text[from..to)` takes in UTF-8 (lone surrogates count 3, as if encoded). */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
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
    if (bytes >= byteOffset) return chars;
    const c = line.charCodeAt(i);
    chars++;
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes >= byteOffset ? chars : chars + 1;
}
