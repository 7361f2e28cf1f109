/**
 * CPython 3.11's Unicode character classes (Unicode 14.0, the flags of Objects/unicodectype.c's
 * database records), decoded from unicode-props.generated.ts. Everything that decides a Python-
 * visible property of a character asks here, never a host RegExp `\p{...}` (whose ICU follows a
 * later Unicode version and so answers differently for characters added since).
 *
 * ASCII is answered from a bit table; a class's boundaries are decoded the first time a
 * non-ASCII code point is asked about, so ASCII-only programs never touch the tables.
 */
import { PROPERTY_BOUNDARIES, type UnicodeProperty } from "./unicode-props.generated.js";
import { VarintReader } from "./varint-text.js";

/** A class's sorted boundaries: membership is an odd count of boundaries at or below. */
const decoded = new Map<UnicodeProperty, Uint32Array>();

export function boundariesOf(name: UnicodeProperty): Uint32Array {
  let b = decoded.get(name);
  if (b === undefined) {
    const r = new VarintReader(PROPERTY_BOUNDARIES[name]);
    const out: number[] = [];
    let at = 0;
    while (r.more()) out.push((at += r.read()));
    b = Uint32Array.from(out);
    decoded.set(name, b);
  }
  return b;
}

function inClass(name: UnicodeProperty, cp: number): boolean {
  const b = boundariesOf(name);
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (b[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** Bits of ASCII_FLAGS. */
const A_ALPHA = 1;
const A_DIGIT = 2; // decimal, digit and numeric alike in ASCII
const A_UPPER = 4;
const A_LOWER = 8;
const A_IGNORABLE = 16;
const A_SPACE = 32;

const ASCII_FLAGS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = A_ALPHA | A_UPPER;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = A_ALPHA | A_LOWER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = A_DIGIT;
  // ' . : are Word_Break MidLetter / MidNumLet / Single_Quote, ^ and ` are Sk: Case_Ignorable.
  for (const c of [0x27, 0x2e, 0x3a, 0x5e, 0x60]) t[c] = A_IGNORABLE;
  for (const c of [0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20]) t[c] = A_SPACE;
  return t;
})();

/** str.isalpha of one character: categories Lu, Ll, Lt, Lm, Lo (Py_UNICODE_ISALPHA). */
export function isAlphaCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_ALPHA) !== 0 : inClass("ALPHA", cp);
}

/** str.isdecimal of one character: category Nd (Py_UNICODE_ISDECIMAL). */
export function isDecimalCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_DIGIT) !== 0 : inClass("DECIMAL", cp);
}

/** str.isdigit of one character (Py_UNICODE_ISDIGIT). */
export function isDigitCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_DIGIT) !== 0 : inClass("DIGIT", cp);
}

/** str.isnumeric of one character (Py_UNICODE_ISNUMERIC). */
export function isNumericCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_DIGIT) !== 0 : inClass("NUMERIC", cp);
}

/** str.isalnum of one character: alpha, decimal, digit or numeric (Py_UNICODE_ISALNUM). */
export function isAlnumCp(cp: number): boolean {
  if (cp < 128) return (ASCII_FLAGS[cp]! & (A_ALPHA | A_DIGIT)) !== 0;
  return inClass("ALPHA", cp) || inClass("NUMERIC", cp);
}

/** A word character of `re` for str patterns: str.isalnum() or "_" (SRE_UNI_IS_WORD). */
export function isWordCp(cp: number): boolean {
  return cp === 0x5f || isAlnumCp(cp);
}

/** str.isspace of one character (Py_UNICODE_ISSPACE). */
export function isSpaceCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_SPACE) !== 0 : inClass("SPACE", cp);
}

/** The Uppercase property (Py_UNICODE_ISUPPER). */
export function isUpperCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_UPPER) !== 0 : inClass("UPPER", cp);
}

/** The Lowercase property (Py_UNICODE_ISLOWER). */
export function isLowerCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_LOWER) !== 0 : inClass("LOWER", cp);
}

/** Category Lt (Py_UNICODE_ISTITLE); no ASCII character is title case. */
export function isTitleCp(cp: number): boolean {
  return cp >= 128 && inClass("TITLE", cp);
}

/** The Cased property: Lowercase, Uppercase or Lt (_PyUnicode_IsCased). */
export function isCasedCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & (A_UPPER | A_LOWER)) !== 0 : inClass("CASED", cp);
}

/** The Case_Ignorable property (_PyUnicode_IsCaseIgnorable), for the final-sigma rule. */
export function isCaseIgnorableCp(cp: number): boolean {
  return cp < 128 ? (ASCII_FLAGS[cp]! & A_IGNORABLE) !== 0 : inClass("CASE_IGNORABLE", cp);
}

/** XID_Start or "_": a first identifier character (_PyUnicode_IsXidStart). */
export function isIdStartCp(cp: number): boolean {
  return cp < 128 ? cp === 0x5f || (ASCII_FLAGS[cp]! & A_ALPHA) !== 0 : inClass("ID_START", cp);
}

/** XID_Continue: a later identifier character (_PyUnicode_IsXidContinue). */
export function isIdContinueCp(cp: number): boolean {
  return cp < 128
    ? cp === 0x5f || (ASCII_FLAGS[cp]! & (A_ALPHA | A_DIGIT)) !== 0
    : inClass("ID_CONTINUE", cp);
}

/**
 * Follows _PyUnicode_ScanIdentifier: the index (in code points) of the first character of `s`
 * that cannot be in an identifier, or -1 when every character can (an empty `s` included).
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  for (let k = 0; k < s.length; k++) {
    const cp = s.codePointAt(k)!;
    if (cp > 0xffff) k++;
    if (!(i === 0 ? isIdStartCp(cp) : isIdContinueCp(cp))) return i;
    i++;
  }
  return -1;
}

/** str.isidentifier (PyUnicode_IsIdentifier): non-empty, XID_Start or "_", then XID_Continue. */
export function isIdentifierStr(s: string): boolean {
  return s.length > 0 && scanIdentifier(s) < 0;
}
