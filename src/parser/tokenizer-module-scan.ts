/**
 * The token shapes the `tokenize` module (Lib/tokenize.py, 3.11) recognizes, written as
 * hand-made matchers. tokenize.py finds tokens with one big regular expression whose alternatives
 * are tried in order (PseudoToken: line continuation / end of line / comment / triple-quote
 * opener, then number, then newline or operator, then a single-quoted string or its first line,
 * then a run of word characters); each matcher below accepts exactly what its alternative
 * accepts, including where backtracking makes the match shorter. Indices are UTF-16 offsets
 * into one line.
 */
import { isWordCp } from "../objects/unicode-props.js";

/** A match: start and end index; start === end only at the end of a line without newline. */
export type Span = readonly [number, number];

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/**
 * A word character of Python's `re` (str patterns): a letter, a digit or numeric character, or
 * `_` (str.isalnum() or "_"). Combining marks are not word characters.
 */
function wordLength(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 128) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x5f ? 1 : 0;
  }
  if (Number.isNaN(c)) return 0;
  const cp = line.codePointAt(i)!;
  return isWordCp(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Letters of a string prefix: '', b, r, u, f, br, rb, fr, rf in any case. */
function isStringPrefix(line: string, start: number, length: number): boolean {
  if (length === 0) return true;
  const a = line.charCodeAt(start) | 0x20;
  if (length === 1) return a === 0x62 || a === 0x72 || a === 0x75 || a === 0x66;
  const b = line.charCodeAt(start + 1) | 0x20;
  if (a === 0x72) return b === 0x62 || b === 0x66;
  return (a === 0x62 || a === 0x66) && b === 0x72;
}

/** Length (0-2) of a valid prefix at `i` followed by a quote, or -1. */
function prefixBeforeQuote(line: string, i: number): number {
  for (let length = 0; length <= 2; length++) {
    const q = line.charCodeAt(i + length);
    if (q === 0x22 || q === 0x27) return isStringPrefix(line, i, length) ? length : -1;
    if (!((q | 0x20) >= 0x61 && (q | 0x20) <= 0x7a)) return -1;
  }
  return -1;
}

// ---- numbers ------------------------------------------------------------------------------

/** [0-9](?:_?[0-9])*: end index, or -1. */
function digitPart(line: string, i: number): number {
  if (!isDigit(line.charCodeAt(i))) return -1;
  let j = i + 1;
  for (;;) {
    const c = line.charCodeAt(j);
    if (isDigit(c)) j++;
    else if (c === 0x5f && isDigit(line.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/** [eE][-+]?digits: end index, or -1. */
function exponent(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c !== 0x65 && c !== 0x45) return -1;
  let k = i + 1;
  const s = line.charCodeAt(k);
  if (s === 0x2b || s === 0x2d) k++;
  return digitPart(line, k);
}

/** digits '.' digits? | '.' digits (without the exponent): end index, or -1. */
function pointFloatBase(line: string, i: number): number {
  const d = digitPart(line, i);
  if (d >= 0 && line.charCodeAt(d) === 0x2e) {
    const f = digitPart(line, d + 1);
    return f >= 0 ? f : d + 1;
  }
  if (line.charCodeAt(i) === 0x2e) return digitPart(line, i + 1);
  return -1;
}

function isJ(c: number): boolean {
  return c === 0x6a || c === 0x4a;
}

/** Imaginary number: digits j, or a float followed by j. */
function imagNumber(line: string, i: number): number {
  const d = digitPart(line, i);
  if (d >= 0 && isJ(line.charCodeAt(d))) return d + 1;
  const b = pointFloatBase(line, i);
  if (b >= 0) {
    const e = exponent(line, b);
    if (e >= 0 && isJ(line.charCodeAt(e))) return e + 1;
    if (isJ(line.charCodeAt(b))) return b + 1;
  }
  if (d >= 0) {
    const e = exponent(line, d);
    if (e >= 0 && isJ(line.charCodeAt(e))) return e + 1;
  }
  return -1;
}

function floatNumber(line: string, i: number): number {
  const b = pointFloatBase(line, i);
  if (b >= 0) {
    const e = exponent(line, b);
    return e >= 0 ? e : b;
  }
  const d = digitPart(line, i);
  return d >= 0 ? exponent(line, d) : -1;
}

/** (?:_?D)+ for the digit class D: end index, or -1 when there is no digit. */
function radixDigits(line: string, i: number, ok: (c: number) => boolean): number {
  let k = i;
  for (;;) {
    const c = line.charCodeAt(k);
    if (ok(c)) k++;
    else if (c === 0x5f && ok(line.charCodeAt(k + 1))) k += 2;
    else break;
  }
  return k > i ? k : -1;
}

function intNumber(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c === 0x30) {
    const x = line.charCodeAt(i + 1) | 0x20;
    let r = -1;
    if (x === 0x78) r = radixDigits(line, i + 2, isHex);
    else if (x === 0x62) r = radixDigits(line, i + 2, (d) => d === 0x30 || d === 0x31);
    else if (x === 0x6f) r = radixDigits(line, i + 2, (d) => d >= 0x30 && d <= 0x37);
    if (r >= 0) return r;
    // 0(?:_?0)*
    let k = i + 1;
    for (;;) {
      const d = line.charCodeAt(k);
      if (d === 0x30) k++;
      else if (d === 0x5f && line.charCodeAt(k + 1) === 0x30) k += 2;
      else return k;
    }
  }
  if (c >= 0x31 && c <= 0x39) return digitPart(line, i);
  return -1;
}

function number(line: string, i: number): number {
  const im = imagNumber(line, i);
  if (im >= 0) return im;
  const f = floatNumber(line, i);
  if (f >= 0) return f;
  return intNumber(line, i);
}

// ---- operators ----------------------------------------------------------------------------

const OPERATORS_3 = new Set(["**=", "...", "//=", "<<=", ">>="]);
const OPERATORS_2 = new Set([
  "!=",
  "%=",
  "&=",
  "**",
  "*=",
  "+=",
  "-=",
  "->",
  "//",
  "/=",
  ":=",
  "<<",
  "<=",
  "==",
  ">=",
  ">>",
  "@=",
  "^=",
  "|=",
]);
const OPERATORS_1 = "%&()*+,-./:;<=>@[]^{|}~";

/** The longest operator of token.EXACT_TOKEN_TYPES at `i`: its length, or 0. */
function operatorLength(line: string, i: number): number {
  if (OPERATORS_3.has(line.slice(i, i + 3))) return 3;
  if (OPERATORS_2.has(line.slice(i, i + 2))) return 2;
  const c = line[i];
  return c !== undefined && OPERATORS_1.includes(c) ? 1 : 0;
}

// ---- strings ------------------------------------------------------------------------------

/**
 * A single-quoted string on one line, or its first line when it ends with backslash-newline
 * (ContStr): the end index (after the closing quote or the newline), or -1.
 */
function contStr(line: string, i: number): number {
  const prefix = prefixBeforeQuote(line, i);
  if (prefix < 0) return -1;
  let k = i + prefix;
  const quote = line.charCodeAt(k++);
  for (;;) {
    if (k >= line.length) return -1;
    const c = line.charCodeAt(k);
    if (c === quote) return k + 1;
    if (c === 0x0a) return -1;
    if (c === 0x5c) {
      const next = line.charCodeAt(k + 1);
      if (next === 0x0a) return k + 2;
      if (next === 0x0d && line.charCodeAt(k + 2) === 0x0a) return k + 3;
      if (Number.isNaN(next)) return -1;
      k += 2;
    } else k++;
  }
}

/** A triple-quote opener with its prefix (Triple): the end index, or -1. */
function tripleOpener(line: string, i: number): number {
  const prefix = prefixBeforeQuote(line, i);
  if (prefix < 0) return -1;
  const q = line.charCodeAt(i + prefix);
  return line.charCodeAt(i + prefix + 1) === q && line.charCodeAt(i + prefix + 2) === q ? i + prefix + 3 : -1;
}

/**
 * The rest of a string whose opening quote(s) `quote` came before `i` (tokenize.py's endpats:
 * Single, Double, Single3, Double3): the end index after the closing quote(s), or -1 when the
 * string does not end on this line. A backslash escapes any character but a newline.
 */
export function stringEnd(line: string, i: number, quote: string): number {
  const q = quote.charCodeAt(0);
  const triple = quote.length === 3;
  let k = i;
  while (k < line.length) {
    const c = line.charCodeAt(k);
    if (c === 0x5c) {
      if (k + 1 >= line.length || line.charCodeAt(k + 1) === 0x0a) return -1;
      k += 2;
    } else if (c === q) {
      if (!triple) return k + 1;
      if (line.charCodeAt(k + 1) === q && line.charCodeAt(k + 2) === q) return k + 3;
      k++;
    } else k++;
  }
  return -1;
}

/**
 * PseudoToken at `pos`: blanks, then the first alternative that matches. Returns the span of the
 * token after the blanks, or null when nothing matches (tokenize.py then yields the character at
 * `pos`, blank or not, as an ERRORTOKEN).
 */
export function pseudoToken(line: string, pos: number): Span | null {
  let p = pos;
  for (;;) {
    const c = line.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0c) p++;
    else break;
  }
  if (p >= line.length) return [p, p];
  const c = line.charCodeAt(p);
  if (c === 0x5c) {
    const next = line.charCodeAt(p + 1);
    if (next === 0x0a) return [p, p + 2];
    if (next === 0x0d && line.charCodeAt(p + 2) === 0x0a) return [p, p + 3];
  }
  if (c === 0x23) {
    let k = p + 1;
    while (k < line.length && line.charCodeAt(k) !== 0x0a && line.charCodeAt(k) !== 0x0d) k++;
    return [p, k];
  }
  let end = tripleOpener(line, p);
  if (end >= 0) return [p, end];
  end = number(line, p);
  if (end >= 0) return [p, end];
  if (c === 0x0a) return [p, p + 1];
  if (c === 0x0d && line.charCodeAt(p + 1) === 0x0a) return [p, p + 2];
  const op = operatorLength(line, p);
  if (op > 0) return [p, p + op];
  end = contStr(line, p);
  if (end >= 0) return [p, end];
  let k = p;
  for (;;) {
    const w = wordLength(line, k);
    if (w === 0) break;
    k += w;
  }
  return k > p ? [p, k] : null;
}
