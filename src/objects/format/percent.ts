import { DEFAULT_INT_STR_LIMIT, intToDecimal, type IntStrLimit } from "../numeric/int-str.js";
import { doubleToString } from "./float-string.js";

/**
 * One printf-style conversion of `str % args`, already parsed by the caller (which resolves
 * '*' widths and the mapping key): flags, width, precision and the conversion character.
 */
export interface PercentSpec {
  /** '-' flag: left-justify. */
  readonly left?: boolean;
  /** '+' flag: always a sign. */
  readonly plus?: boolean;
  /** ' ' flag: a space before non-negative numbers. */
  readonly blank?: boolean;
  /** '#' flag: alternate form. */
  readonly alt?: boolean;
  /** '0' flag: zero padding for numbers. */
  readonly zero?: boolean;
  /** -1 when not given. */
  readonly width: number;
  /** -1 when not given. */
  readonly precision: number;
}

export type PercentIntType = "d" | "i" | "u" | "o" | "x" | "X";
export type PercentFloatType = "e" | "E" | "f" | "F" | "g" | "G";

/**
 * %d %i %u %o %x %X of an int: the digits as _PyUnicode_FormatLong makes them (precision is the
 * minimum digit count, '#' adds 0o/0x/0X), then sign and padding.
 */
export function percentFormatInt(
  n: bigint | number,
  type: PercentIntType,
  spec: PercentSpec,
  limit: IntStrLimit = DEFAULT_INT_STR_LIMIT,
): string {
  const big = typeof n === "bigint" ? n : BigInt(n);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  let digits: string;
  let prefix = "";
  switch (type) {
    case "d":
    case "i":
    case "u":
      digits = intToDecimal(abs, limit);
      break;
    case "o":
      digits = abs.toString(8);
      if (spec.alt) prefix = "0o";
      break;
    case "x":
      digits = abs.toString(16);
      if (spec.alt) prefix = "0x";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      if (spec.alt) prefix = "0X";
      break;
  }
  if (spec.precision > digits.length) digits = "0".repeat(spec.precision - digits.length) + digits;
  return percentOutput(negative ? "-" : "", prefix, digits, spec, true);
}

/** %e %E %f %F %g %G of a float (formatfloat in Objects/unicodeobject.c): default precision 6. */
export function percentFormatFloat(x: number, type: PercentFloatType, spec: PercentSpec): string {
  const precision = spec.precision < 0 ? 6 : spec.precision;
  const text = doubleToString(x, type, precision, { alt: spec.alt ?? false });
  const negative = text.startsWith("-");
  return percentOutput(negative ? "-" : "", "", negative ? text.slice(1) : text, spec, true);
}

/**
 * Width and '-' for a non-numeric conversion (%s %r %a %c): space padding only. The caller
 * applies a precision first (it truncates %s %r %a to that many code points).
 */
export function percentPad(text: string, spec: PercentSpec): string {
  return percentOutput("", "", text, spec, false);
}

/**
 * Sign, prefix and padding around the body, as unicode_format_arg_output does: with the '0' flag
 * on a number the sign and prefix go before the zeros, otherwise the spaces go first; '-'
 * pads on the right with spaces.
 */
function percentOutput(
  signChar: string,
  prefix: string,
  body: string,
  spec: PercentSpec,
  numeric: boolean,
): string {
  let sign = signChar;
  if (numeric && sign === "") sign = spec.plus ? "+" : spec.blank ? " " : "";
  const zeroFill = numeric && (spec.zero ?? false);
  let length = 0;
  for (const _ of body) length++;
  const content = sign.length + prefix.length + length;
  const pad = Math.max(0, spec.width - content);
  if (spec.left) return sign + prefix + body + " ".repeat(pad);
  if (zeroFill) return sign + prefix + "0".repeat(pad) + body;
  return " ".repeat(pad) + sign + prefix + body;
}
