/**
 * Source bytes to text, as CPython does when it runs a file (Parser/tokenizer.c: check_bom,
 * check_coding_spec, get_coding_spec, get_normal_name, ensure_utf8): UTF-8 unless a UTF-8 BOM or a
 * PEP 263 coding declaration on line 1 or 2 says otherwise. The errors are CPython's, word for
 * word; they carry no position: lineno 0 and text null (CPython's are None, or 0 and -1 for the
 * codec errors of compile()).
 */
import { codecDecoder, DecodeFailure, decodeUtf8Escaping, utf8Error } from "./source-codecs.js";
import { PythonSyntaxError } from "./syntax-error.js";

export interface DecodedSource {
  /** The decoded text, without the BOM. */
  readonly text: string;
  /** The encoding CPython settled on: "utf-8", "iso-8859-1", or the declared name. */
  readonly encoding: string;
  /**
   * A BOM or a coding declaration was found (CPython's tok->encoding is set). When not, CPython
   * skips the byte-to-character conversion of the error columns the parser computes, so those
   * stay in UTF-8 bytes (the tokenizer's offsetsInBytes option).
   */
  readonly declared: boolean;
}

const CR = 13;
const LF = 10;

/** The end of the line starting at `start` (after its `\n`, `\r\n` or `\r`). */
export function lineEndIn(bytes: Uint8Array, start: number): number {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === LF) return i + 1;
    if (b === CR) return bytes[i + 1] === LF ? i + 2 : i + 1;
  }
  return bytes.length;
}

function isAsciiAlnum(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * get_coding_spec: a comment line (only blanks before `#`) holding `coding` followed by `:` or
 * `=`, blanks, and a name of letters, digits, `-`, `_` and `.`. Returns the raw name or null.
 */
export function findCodingSpec(line: Uint8Array): string | null {
  const size = line.length;
  let i = 0;
  for (; i < size - 6; i++) {
    const b = line[i]!;
    if (b === 0x23) break;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0c) return null;
  }
  for (; i < size - 6; i++) {
    if (
      line[i] !== 0x63 ||
      line[i + 1] !== 0x6f ||
      line[i + 2] !== 0x64 ||
      line[i + 3] !== 0x69 ||
      line[i + 4] !== 0x6e ||
      line[i + 5] !== 0x67
    ) {
      continue;
    }
    let t = i + 6;
    if (line[t] !== 0x3a && line[t] !== 0x3d) continue;
    do t++;
    while (line[t] === 0x20 || line[t] === 0x09);
    const begin = t;
    while (t < size && (isAsciiAlnum(line[t]!) || line[t] === 0x2d || line[t] === 0x5f || line[t] === 0x2e))
      t++;
    if (begin < t) return String.fromCharCode(...line.subarray(begin, t));
  }
  return null;
}

/** get_normal_name: the spellings of UTF-8 and Latin-1 that CPython recognizes itself. */
export function normalEncodingName(name: string): string {
  const buf = name.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return name;
}

/** True when the line has nothing but blanks and a comment (check_coding_spec keeps looking). */
function onlyCommentOrBlank(line: Uint8Array): boolean {
  for (const b of line) {
    if (b === 0x23 || b === LF || b === CR) return true;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0c) return false;
  }
  return true;
}

/** The coding declaration of line 1, or of line 2 when line 1 is blank or a comment. */
export function declaredEncoding(bytes: Uint8Array, start: number): string | null {
  const end1 = lineEndIn(bytes, start);
  const line1 = bytes.subarray(start, end1);
  const spec1 = findCodingSpec(line1);
  if (spec1 !== null) return spec1;
  if (!onlyCommentOrBlank(line1) || end1 >= bytes.length) return null;
  return findCodingSpec(bytes.subarray(end1, lineEndIn(bytes, end1)));
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const end = lineEndIn(bytes, i);
    if (index < end) return line;
    line++;
    i = end;
  }
  return line;
}

function encodingError(msg: string, filename: string, lineno = 0, offset = 0): PythonSyntaxError {
  return new PythonSyntaxError("SyntaxError", msg, filename, lineno, offset, null);
}

/**
 * A decoding error of a script file. Py_RunFile's tokenizer raises these through
 * PyErr_Format/PyErr_SetString, not through its syntaxerror() helper, so the SyntaxError has
 * only a message: filename, lineno and offset are None (see fp_setreadl and ensure_utf8 in
 * Parser/tokenizer.c).
 */
function fileDecodingError(msg: string): PythonSyntaxError {
  return new PythonSyntaxError("SyntaxError", msg, null, null, null, null);
}

/**
 * How the bytes reach CPython: "file" as `python3 FILE` reads its script (Py_RunFile, line by
 * line), "bytes" as compile(), exec() and ast.parse() take bytes, and as importing a module
 * does (decode_str). They differ in their checks and their error messages.
 */
export type SourceMode = "file" | "bytes";

/** Number of `\r\n` pairs in bytes[0..end): translate_newlines shortens each by one byte. */
function crlfBefore(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i + 1 < end; i++) if (bytes[i] === CR && bytes[i + 1] === LF) count++;
  return count;
}

/**
 * Decodes source bytes as CPython does before tokenizing them.
 *
 * Undeclared UTF-8 is checked up front in file mode only (ensure_utf8). Otherwise, and for UTF-8
 * declared by a BOM or by exactly "utf-8", bytes that do not decode come
 * through as lone surrogates U+DC80-U+DCFF (decodeUtf8Escaping), and the tokenizer and the parser
 * report them where CPython does (an identifier, a string literal); in a comment they are fine.
 */
export function decodeSource(bytes: Uint8Array, filename: string, mode: SourceMode = "file"): DecodedSource {
  // compile() refuses null bytes before decoding (_Py_SourceAsString in Python/pythonrun.c),
  // setting a SyntaxError with only a message: no filename, no location.
  if (mode === "bytes" && bytes.includes(0)) {
    throw new PythonSyntaxError(
      "SyntaxError",
      "source code string cannot contain null bytes",
      null,
      null,
      null,
      null,
    );
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const spec = declaredEncoding(bytes, start);
  const body = bytes.subarray(start);
  if (spec !== null) {
    const encoding = normalEncodingName(spec);
    if (bom && encoding !== "utf-8") {
      throw mode === "file"
        ? fileDecodingError(`encoding problem: ${encoding} with BOM`)
        : encodingError(`encoding problem: ${encoding} with BOM`, filename, 0, -1);
    }
    if (encoding === "utf-8") return { text: decodeUtf8Escaping(body), encoding, declared: true };
    const decoder = codecDecoder(encoding === "iso-8859-1" ? "latin-1" : encoding);
    if (decoder === null) {
      throw mode === "file"
        ? fileDecodingError(`encoding problem: ${encoding}`)
        : encodingError(`unknown encoding: ${encoding}`, filename, 0, -1);
    }
    try {
      return { text: decoder(body), encoding, declared: true };
    } catch (e) {
      if (!(e instanceof DecodeFailure)) throw e;
      throw mode === "file"
        ? fileDecodingError(`encoding problem: ${encoding}`)
        : encodingError(e.pythonMessage(crlfBefore(body, e.start)), filename, 0, -1);
    }
  }
  if (bom || mode === "bytes") return { text: decodeUtf8Escaping(body), encoding: "utf-8", declared: bom };
  // ensure_utf8: every line must be well-formed UTF-8 (valid_utf8 checks what a strict decoder does).
  const error = utf8Error(body);
  if (error !== null) {
    const bad = error.start;
    const byte = body[bad]!.toString(16).padStart(2, "0");
    throw fileDecodingError(
      `Non-UTF-8 code starting with '\\x${byte}' in file ${filename} on line ${lineOfByte(body, bad)}, ` +
        "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
    );
  }
  return { text: decodeUtf8Escaping(body), encoding: "utf-8", declared: false };
}
