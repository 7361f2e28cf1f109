import type { FormatSpec } from "./spec.js";
import { insertGrouping } from "./grouping.js";

/** The parts of a formatted number before padding, as formatter_unicode.c splits them. */
export interface NumberParts {
  /** "-" when the number is negative, else "". */
  readonly signChar: string;
  /** "0x", "0b", ... or "". */
  readonly prefix: string;
  /** The integer digits that take grouping and zero padding. */
  readonly digits: string;
  /** Whether a decimal point follows the digits. */
  readonly hasDecimal: boolean;
  /** Everything after the decimal point (or after the digits): fraction, exponent, '%', 'nan'. */
  readonly remainder: string;
}

/** Code point length, the length Python sees. */
export function pyLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Assembles a number with sign, prefix, grouping and padding:
 * lpadding, sign, prefix, spadding, grouped digits, decimal point, remainder, rpadding.
 * Follows calc_number_widths and fill_number in Python/formatter_unicode.c; only one of the
 * three paddings is non-empty. `upper` uppercases prefix and digits (type 'X').
 */
export function layoutNumber(parts: NumberParts, spec: FormatSpec, upper: boolean): string {
  let sign = "";
  if (spec.sign === "+") sign = parts.signChar === "-" ? "-" : "+";
  else if (spec.sign === " ") sign = parts.signChar === "-" ? "-" : " ";
  else if (parts.signChar === "-") sign = "-";

  const [groupSize, separator] =
    spec.grouping === ","
      ? [3, ","]
      : spec.grouping === "_"
        ? [3, "_"]
        : spec.grouping === "_4"
          ? [4, "_"]
          : [0, ""];
  const decimal = parts.hasDecimal ? "." : "";
  const fixedLength = sign.length + parts.prefix.length + decimal.length + pyLength(parts.remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - fixedLength : 0;
  // 'c' formatting has no digits; grouping would otherwise emit at least one character.
  let grouped = parts.digits.length === 0 ? "" : insertGrouping(parts.digits, minWidth, groupSize, separator);
  let prefix = parts.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = spec.width - (fixedLength + grouped.length);
  let left = "";
  let middle = "";
  let right = "";
  if (padding > 0) {
    switch (spec.align) {
      case "<":
        right = spec.fill.repeat(padding);
        break;
      case "^":
        left = spec.fill.repeat(padding >> 1);
        right = spec.fill.repeat(padding - (padding >> 1));
        break;
      case "=":
        middle = spec.fill.repeat(padding);
        break;
      case ">":
        left = spec.fill.repeat(padding);
        break;
    }
  }
  return left + sign + prefix + middle + grouped + decimal + parts.remainder + right;
}

/** Pads already-formed text to spec.width by spec.align (calc_padding; '=' acts as '<'). */
export function padText(text: string, length: number, spec: FormatSpec): string {
  const total = Math.max(spec.width, length);
  const pad = total - length;
  if (pad <= 0) return text;
  const left = spec.align === ">" ? pad : spec.align === "^" ? pad >> 1 : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(pad - left);
}
