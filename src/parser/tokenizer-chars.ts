/**
 * Character classes of CPython's tokenizer (Parser/tokenizer.c), as lookup tables over ASCII so
 * the scanner tests a character with one array read. Code units >= 128 are all "potential
 * identifier characters" there (is_potential_identifier_start/char): the whole run is scanned
 * first and only then checked against PEP 3131 (verify_identifier), which we follow.
 */
import { isPrintableCodePoint } from "../objects/repr/printable.js";

/** Flags in ASCII_CLASS. */
export const ID_START = 1;
export const ID_CHAR = 2;
export const DIGIT = 4;
export const HEX_DIGIT = 8;

export const ASCII_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    const digit = c >= 0x30 && c <= 0x39;
    const hex = digit || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
    t[c] = (letter ? ID_START | ID_CHAR : 0) | (digit ? DIGIT | ID_CHAR : 0) | (hex ? HEX_DIGIT : 0);
  }
  return t;
})();

/** is_potential_identifier_char for a UTF-16 code unit (every unit >= 128 qualifies). */
export function isPotentialIdentifierChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (ASCII_CLASS[c]! & ID_CHAR) !== 0);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHexDigit(c: number): boolean {
  return c < 128 && c >= 0 && (ASCII_CLASS[c]! & HEX_DIGIT) !== 0;
}

/**
 * _PyUnicode_ScanIdentifier over CPython's own Unicode version (14.0), never the host's: a name
 * holding a letter added later is a SyntaxError as in CPython.
 */
export { scanIdentifier } from "../objects/unicode-props.js";

/**
 * Py_UNICODE_ISPRINTABLE, from the table of CPython's own Unicode version (the one repr() uses),
 * so "invalid character" and "invalid non-printable character" split as in CPython.
 */
export function isPrintable(cp: number): boolean {
  return isPrintableCodePoint(cp);
}

/** "%04X" as CPython formats code points in its messages. */
export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}
