import { PyErrorCarrier } from "../error-carrier.js";
import { bytesRepr, strRepr } from "../repr/str.js";
import { DEFAULT_INT_STR_LIMIT, MAX_STR_DIGITS_THRESHOLD, type IntStrLimit } from "./int-str.js";
import { decimalValue, isSpace } from "./unicode-digits.js";

/**
 * int(s, base) for a str: follows PyLong_FromUnicodeObject and PyLong_FromString in
 * Objects/longobject.c (3.11). Unicode decimal digits count as digits and Unicode whitespace as
 * space (_PyUnicode_TransformDecimalAndSpaceToASCII); then: optional whitespace, sign, for base 0
 * or a matching base a 0x/0o/0b prefix (one underscore may follow it), digits with single
 * underscores between them, optional whitespace. A base-0 literal with a leading zero must be
 * all zeros. Past the digit limit (non-power-of-two bases) a ValueError names the digit count.
 */
export function intFromStr(
  s: string,
  base: bigint | number = 10,
  limit: IntStrLimit = DEFAULT_INT_STR_LIMIT,
): bigint {
  const b = checkBase(base);
  let ascii = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) ascii += ch;
    else if (isSpace(cp)) ascii += " ";
    else {
      const d = decimalValue(cp);
      ascii += d >= 0 ? String.fromCharCode(0x30 + d) : "?";
    }
  }
  return parseAsciiInt(ascii, b, limit, () => truncatedRepr(strRepr(s)));
}

/** int(b, base) for bytes: the same grammar over the bytes, ASCII only. */
export function intFromBytes(
  bytes: Uint8Array,
  base: bigint | number = 10,
  limit: IntStrLimit = DEFAULT_INT_STR_LIMIT,
  repr: () => string = () => bytesRepr(bytes),
): bigint {
  const b = checkBase(base);
  let ascii = "";
  for (const c of bytes) ascii += c < 0x80 ? String.fromCharCode(c) : "?";
  return parseAsciiInt(ascii, b, limit, () => truncatedRepr(repr()));
}

/** long_new_impl: the base is clipped to Py_ssize_t and must be 0 or in 2..36. */
function checkBase(base: bigint | number): number {
  const b = typeof base === "bigint" ? base : BigInt(base);
  if (b !== 0n && (b < 2n || b > 36n)) {
    throw new PyErrorCarrier("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  return Number(b);
}

/**
 * The ValueError for a str that can hold no int literal (one with lone surrogates, given as its
 * repr), after the base is checked as for any str.
 */
export function invalidIntLiteral(base: bigint | number, repr: string): never {
  const b = checkBase(base);
  throw new PyErrorCarrier("ValueError", `invalid literal for int() with base ${b}: ${truncatedRepr(repr)}`);
}

/** %.200R: the repr cut to 200 code points. */
function truncatedRepr(repr: string): string {
  const cps = Array.from(repr);
  return cps.length > 200 ? cps.slice(0, 200).join("") : repr;
}

/** Py_ISSPACE: the ASCII whitespace characters. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** _PyLong_DigitValue: 0-9, then a-z / A-Z as 10-35; 37 for anything else. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 37;
}

function parseAsciiInt(s: string, originalBase: number, limit: IntStrLimit, repr: () => string): bigint {
  const invalid = (): PyErrorCarrier =>
    new PyErrorCarrier("ValueError", `invalid literal for int() with base ${originalBase}: ${repr()}`);
  let base = originalBase;
  let i = 0;
  const n = s.length;
  const at = (k: number): number => (k < n ? s.charCodeAt(k) : 0);
  while (i < n && isAsciiSpace(at(i))) i++;
  let negative = false;
  if (at(i) === 0x2b) i++;
  else if (at(i) === 0x2d) {
    negative = true;
    i++;
  }
  let mustBeZero = false;
  const lowerNext = at(i + 1) | 0x20;
  if (base === 0) {
    if (at(i) !== 0x30) base = 10;
    else if (lowerNext === 0x78) base = 16;
    else if (lowerNext === 0x6f) base = 8;
    else if (lowerNext === 0x62) base = 2;
    else {
      // An old C-style octal literal ("010") is invalid, but zeros ("00") are fine.
      mustBeZero = true;
      base = 10;
    }
  }
  if (
    at(i) === 0x30 &&
    ((base === 16 && lowerNext === 0x78) ||
      (base === 8 && lowerNext === 0x6f) ||
      (base === 2 && lowerNext === 0x62))
  ) {
    i += 2;
    if (at(i) === 0x5f) i++; // one underscore may follow the prefix
  }
  if (at(i) === 0x5f) throw invalid();
  // Scan digits and single underscores between them.
  const start = i;
  let digits = 0;
  let prev = 0;
  let text = "";
  while (i < n && (digitValue(at(i)) < base || at(i) === 0x5f)) {
    const c = at(i);
    if (c === 0x5f) {
      if (prev === 0x5f) throw invalid();
    } else {
      digits++;
      text += s[i];
    }
    prev = c;
    i++;
  }
  if (prev === 0x5f) throw invalid();
  const powerOfTwo = (base & (base - 1)) === 0;
  if (
    !powerOfTwo &&
    digits > MAX_STR_DIGITS_THRESHOLD &&
    limit.maxStrDigits > 0 &&
    digits > limit.maxStrDigits
  ) {
    throw new PyErrorCarrier(
      "ValueError",
      `Exceeds the limit (${limit.maxStrDigits} digits) for integer string conversion: ` +
        `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (i === start) throw invalid();
  const value = digitsToBigInt(text, base);
  if (mustBeZero && value !== 0n) throw invalid();
  while (i < n && isAsciiSpace(at(i))) i++;
  if (i !== n) throw invalid();
  return negative ? -value : value;
}

/** The value of a digit string (validated for base) as a BigInt. */
function digitsToBigInt(text: string, base: number): bigint {
  if (base === 10) return BigInt(text);
  if (base === 16) return BigInt("0x" + text);
  if (base === 8) return BigInt("0o" + text);
  if (base === 2) return BigInt("0b" + text);
  // Other bases: chunks of digits small enough for exact double arithmetic.
  const chunk = Math.floor(Math.log(2 ** 50) / Math.log(base));
  const big = BigInt(base);
  let value = 0n;
  for (let k = 0; k < text.length; k += chunk) {
    const part = text.slice(k, k + chunk);
    value = value * big ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return value;
}
