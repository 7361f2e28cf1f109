import { assert } from "./assert.js";
import { fixedDigits, isHalfway, significantDigits, type Digits } from "./decimal.js";
import { shortestDigits } from "./shortest.js";
import { PyErrorCarrier } from "../error-carrier.js";

const MAX_SIGNIFICANT = 1100;
/** Near the longest string JavaScript engines hold (V8: 2**29 - 24 characters). */
const MAX_DIGITS = 2 ** 28;

/** Presentation codes PyOS_double_to_string understands ('r' is repr's shortest form). */
export type DoubleFormatCode = "e" | "E" | "f" | "F" | "g" | "G" | "r";

export interface DoubleFormatFlags {
  /** Py_DTSF_SIGN: '+' before non-negative values. */
  readonly sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integral values in positional form get ".0". */
  readonly addDot0?: boolean;
  /** Py_DTSF_ALT: keep the decimal point and, for 'g', trailing zeros. */
  readonly alt?: boolean;
  /** Py_DTSF_NO_NEG_0 (the 'z' option): a result that rounds to zero has no minus sign. */
  readonly noNegZero?: boolean;
}

/**
 * A double as text: follows PyOS_double_to_string and format_float_short in Python/pystrtod.c
 * (3.11). The digits come from correctly rounded decimal expansion (dtoa mode 2 for 'e' and 'g',
 * mode 3 for 'f', mode 0 for 'r'); their layout reproduces format_float_short: positional or
 * exponent form, padding zeros, the decimal point and its removal, and the exponent with sign and
 * at least two digits.
 */
export function doubleToString(
  x: number,
  code: DoubleFormatCode,
  precision: number,
  flags: DoubleFormatFlags = {},
): string {
  const upper = code === "E" || code === "F" || code === "G";
  const lower = code.toLowerCase() as "e" | "f" | "g" | "r";
  if (Number.isNaN(x)) return (flags.sign ? "+" : "") + (upper ? "NAN" : "nan");
  let negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (negative ? "-" : flags.sign ? "+" : "") + (upper ? "INF" : "inf");
  // A double has fewer than 800 significant decimal digits, so 'g' without '#' (which strips
  // trailing zeros) gives the same text for any larger precision; 'e', 'f' and '#g' write every
  // digit, and a result longer than an engine string can hold is CPython's failed allocation.
  if (lower === "g" && !flags.alt && precision > MAX_SIGNIFICANT) precision = MAX_SIGNIFICANT;
  else if (lower !== "r" && precision > MAX_DIGITS) throw new PyErrorCarrier("MemoryError", "");

  if (lower === "f") {
    const fast = fixedFast(x, precision, flags.alt ?? false);
    if (fast !== null) {
      if (flags.noNegZero && negative && /^[0.]*$/.test(fast)) negative = false;
      return (negative ? "-" : flags.sign ? "+" : "") + fast;
    }
  }
  let digits: Digits;
  switch (lower) {
    case "e":
      precision++;
      digits = significantDigits(x, precision);
      break;
    case "f":
      digits = fixedDigits(x, precision);
      break;
    case "g":
      if (precision === 0) precision = 1;
      digits = significantDigits(x, precision);
      break;
    case "r":
      assert(precision === 0, "repr formatting takes no precision");
      digits = shortestDigits(x);
      break;
  }
  if (flags.noNegZero && negative && digits.digits === "0") negative = false;
  const body = layoutDigits(digits, lower, precision, flags.addDot0 ?? false, flags.alt ?? false);
  return (negative ? "-" : flags.sign ? "+" : "") + (upper ? body.toUpperCase() : body);
}

/**
 * 'f' without the digit-string round trip: ECMAScript's toFixed lays out |x| exactly as
 * format_float_short does, and rounds correctly except at exact halves, which go the slow way.
 */
function fixedFast(x: number, precision: number, alt: boolean): string | null {
  const a = Math.abs(x);
  if (precision > 100 || a >= 1e21 || isHalfway(x, precision)) return null;
  const text = a.toFixed(precision);
  return alt && precision === 0 ? text + "." : text;
}

/**
 * Places the decimal point, the padding zeros and the exponent around a digit string. The output
 * is a window [start, end) of the digits padded with zeros on both sides, with the point after
 * position decpt, as format_float_short lays it out.
 */
function layoutDigits(
  { digits, decpt: pointAt }: Digits,
  code: "e" | "f" | "g" | "r",
  precision: number,
  addDot0: boolean,
  alt: boolean,
): string {
  let decpt = pointAt;
  let end = digits.length;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      end = precision;
      break;
    case "f":
      end = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) end = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);
  assert(start < decpt && decpt <= end && digits.length <= end, "digit window out of order");
  const padded = "0".repeat(-start) + digits + "0".repeat(end - digits.length);
  const split = decpt - start;
  let out = padded.slice(0, split) + "." + padded.slice(split);
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const abs = Math.abs(exp);
    out += "e" + (exp < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + String(abs);
  }
  return out;
}
