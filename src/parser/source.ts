/**
 * Source bytes to text, as CPython does when it runs a file (Parser/tokenizer.c: check_bom,
 * check_coding_spec, get_coding_spec, get_normal_name, ensure_utf8): UTF-8 unless a UTF-8 BOM or a
 * PEP 263 coding declaration on line 1 or 2 says otherwise. The errors are CPython's, word for
 * word; they carry no position (lineno 0, text null), as CPython's have none.
 *
 * Known difference: a file that declares `coding: utf-8` and then holds invalid UTF-8 is an
 * "encoding problem: utf-8" here, while CPython reports the first string literal or identifier
 * that contains the bad bytes.
 */
import { codecDecoder, DecodeFailure, firstInvalidUtf8 } from "./source-codecs.js";
import { PythonSyntaxError } from "./syntax-error.js";

export interface DecodedSource {
  /** The decoded text, without the BOM. */
  readonly text: string;
  /** The encoding CPython settled on: "utf-8", "iso-8859-1", or the declared name. */
  readonly encoding: string;
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
function declaredEncoding(bytes: Uint8Array, start: number): string | null {
  const end1 = lineEndIn(bytes, start);
  const line1 = bytes.subarray(start, end1);
  const spec1 = findCodingSpec(line1);
  if (spec1 !== null) return spec1;
  if (!onlyCommentOrBlank(line1) || end1 >= bytes.length) return null;
  return findCodingSpec(bytes.subarray(end1, lineEndIn(bytes, end1)));
}

/**
 * valid_utf8 of tokenizer.c, which checks only the shape of a sequence (a lead byte and its
 * continuation bytes): the index of the first byte that does not start a well-formed one.
 */
function firstMalformedUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b < 0xc0) return i;
    else if (b < 0xe0) need = 1;
    else if (b < 0xf0) need = 2;
    else if (b < 0xf8) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c >= 0xc0) return i;
    }
    i += need + 1;
  }
  return -1;
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

function encodingError(msg: string, filename: string): PythonSyntaxError {
  return new PythonSyntaxError("SyntaxError", msg, filename, 0, 0, null);
}

/** Decodes a source file as CPython does before tokenizing it (file mode, `python3 FILE`). */
export function decodeSource(bytes: Uint8Array, filename: string): DecodedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const spec = declaredEncoding(bytes, start);
  const body = bytes.subarray(start);
  if (spec !== null) {
    const encoding = normalEncodingName(spec);
    if (bom && encoding !== "utf-8") throw encodingError(`encoding problem: ${encoding} with BOM`, filename);
    const decoder = codecDecoder(encoding === "iso-8859-1" ? "latin-1" : encoding);
    if (decoder === null) throw encodingError(`encoding problem: ${encoding}`, filename);
    try {
      return { text: decoder(body), encoding };
    } catch (e) {
      if (e instanceof DecodeFailure) throw encodingError(`encoding problem: ${encoding}`, filename);
      throw e;
    }
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "utf-8",
    };
  } catch {
    let bad = firstMalformedUtf8(body);
    if (bad < 0) bad = firstInvalidUtf8(body);
    const byte = body[bad] ?? 0;
    throw encodingError(
      `Non-UTF-8 code starting with '\\x${byte.toString(16).padStart(2, "0")}' in file ${filename} on line ` +
        `${lineOfByte(body, bad)}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      filename,
    );
  }
}
