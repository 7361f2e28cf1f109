/**
 * The report python3 prints on stderr for a SyntaxError that reaches the top level (a script or
 * `-c` that does not compile, or an uncaught SyntaxError raised later):
 *
 *       File "PATH", line N
 *         <source line, leading whitespace stripped>
 *             ^^^^
 *     SyntaxError: message
 *
 * This follows CPython 3.11's print_exception / parse_syntax_error / print_error_text in
 * Python/pythonrun.c, including their quirks, because python3's exact output is the oracle:
 * - `offset` and `end_offset` count characters, but print_error_text walks the UTF-8 bytes of
 *   the text, so clipping and skipping embedded newlines compare a character count with byte
 *   counts. We do the same arithmetic on UTF-8 lengths.
 * - The caret count is `end_offset - offset` computed before the whitespace is stripped, and only
 *   for SyntaxError itself: its subclasses (IndentationError, TabError) always get one caret.
 * - An error spanning lines underlines to the end of the first line (`end_offset` becomes the
 *   text's UTF-8 size); `end_offset` is clipped to that size + 1.
 * - The text is a C string there: it ends at the first NUL.
 */
import type { PythonSyntaxError } from "./syntax-error.js";

/** What the report needs; a PythonSyntaxError has these fields, and so does a SyntaxError object. */
export interface SyntaxErrorFields {
  /** The exception class as printed: "SyntaxError", "IndentationError", "TabError", … */
  readonly kind: string;
  readonly msg: string;
  /** null prints as `<string>`, as CPython does for a missing filename. */
  readonly filename: string | null;
  /** null (CPython's `None`, as for decoding errors) means no location is printed at all. */
  readonly lineno: number | null;
  /** 1-based, in characters; null when unknown (CPython's `None`). */
  readonly offset: number | null;
  readonly text: string | null;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
}

export interface FormatOptions {
  /**
   * Whether the exception's type is exactly SyntaxError (end positions are only read then).
   * By default, `kind === "SyntaxError"`; the VM passes false for user subclasses.
   */
  readonly exactSyntaxError?: boolean;
}

/** The full report: location lines, then `Kind: msg`, each line ending in "\n". */
export function formatSyntaxError(
  error: SyntaxErrorFields | PythonSyntaxError,
  options: FormatOptions = {},
): string {
  // print_exception prints the class name, then ": " and the message unless it is empty. When
  // parse_syntax_error fails (no line number), the message is str(exception) instead.
  const message = error.lineno === null ? syntaxErrorStr(error) : error.msg;
  const head = message === "" ? error.kind : `${error.kind}: ${message}`;
  return `${formatSyntaxErrorLocation(error, options)}${head}\n`;
}

/** SyntaxError.__str__ (SyntaxError_str in Objects/exceptions.c), for a missing line number. */
function syntaxErrorStr(error: SyntaxErrorFields): string {
  if (error.filename === null) return error.msg;
  const base = error.filename.slice(error.filename.lastIndexOf("/") + 1);
  return `${error.msg} (${base})`;
}

/**
 * The `  File "PATH", line N` line and, when the error has a text, the source line and caret
 * line — what print_exception writes between the traceback (if any) and the message line.
 */
export function formatSyntaxErrorLocation(
  error: SyntaxErrorFields | PythonSyntaxError,
  options: FormatOptions = {},
): string {
  // parse_syntax_error gives up on a missing line number, and nothing is printed.
  if (error.lineno === null) return "";
  const filename = error.filename ?? "<string>";
  let out = `  File "${filename}", line ${error.lineno}\n`;
  if (error.text === null) return out;

  const exact = options.exactSyntaxError ?? error.kind === "SyntaxError";
  const offset = error.offset ?? -1;
  let endLineno = error.lineno;
  let endOffset = -1;
  if (exact) {
    endLineno = error.endLineno ?? error.lineno;
    endOffset = error.endOffset ?? -1;
  }
  // PyUnicode_AsUTF8 fails on a lone surrogate and CPython then prints no text at all.
  if (hasLoneSurrogate(error.text)) return out;
  const lineSize = utf8Length(error.text, 0, error.text.length);
  if (endLineno > error.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  out += errorText(error.text, offset, endOffset);
  return out;
}

/** print_error_text: the stripped source line and the caret line under it. */
function errorText(fullText: string, offset1: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  const nul = fullText.indexOf("\0");
  let text = nul >= 0 ? fullText.slice(0, nul) : fullText;

  // Positions below are JS string indices, but `offset` is compared with UTF-8 byte counts,
  // exactly as the C code compares a character offset with `strlen` and `strchr` results.
  let offset = offset1 - 1;
  let start = 0;
  while (start < text.length && isStrippedSpace(text.charCodeAt(start))) {
    start++;
    offset--;
  }
  text = text.slice(start);
  let len = utf8Length(text, 0, text.length);
  const endsWithNewline = text.endsWith("\n");
  if (endsWithNewline) len--;
  if (offset > len) offset = len;

  // Skip past lines of a multi-line text that end before the offset.
  for (;;) {
    const nl = text.indexOf("\n");
    if (nl < 0) break;
    const nlBytes = utf8Length(text, 0, nl);
    if (nlBytes >= offset) break;
    text = text.slice(nl + 1);
    len -= nlBytes + 1;
    offset -= nlBytes + 1;
  }

  // The text is written whole, with any later lines; a newline is added unless the byte at
  // `len` is one, which is the case exactly when the text ended with one.
  let out = `    ${text}`;
  if (!endsWithNewline) out += "\n";
  // No caret when it would point left of the text.
  if (offset < 0) return out;
  return `${out}    ${" ".repeat(offset)}${"^".repeat(carets)}\n`;
}

/** The whitespace print_error_text strips: space, tab, form feed. */
function isStrippedSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0c;
}

/** UTF-8 length of `s.slice(start, end)`; a surrogate pair counts 4, as one code point. */
function utf8Length(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}
