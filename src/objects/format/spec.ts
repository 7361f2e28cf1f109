import { PyErrorCarrier } from "../error-carrier.js";
import { decimalValue } from "../numeric/unicode-digits.js";

/**
 * A parsed format specification (the format-spec mini-language of format() and str.format):
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * Follows parse_internal_render_format_spec in Python/formatter_unicode.c (3.11).
 */
export interface FormatSpec {
  /** Fill character, one code point as a string. */
  readonly fill: string;
  readonly align: "<" | ">" | "=" | "^";
  /** "" when not given. */
  readonly sign: "" | "+" | "-" | " ";
  /** The 'z' option: negative zero after rounding is shown as zero. */
  readonly noNegZero: boolean;
  readonly alternate: boolean;
  /** -1 when not given. */
  readonly width: number;
  /** "" (none), "," or "_" (every 3 digits), or "_4" (every 4 digits, for b/o/x/X). */
  readonly grouping: "" | "," | "_" | "_4";
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type as one code point, "" when not given. */
  readonly type: string;
}

const ALIGNS = new Set(["<", ">", "=", "^"]);
const SIGNS = new Set(["+", "-", " "]);
/** Ssize_t's maximum, the bound CPython's get_integer checks widths and precisions against. */
const SSIZE_MAX = 2n ** 63n - 1n;

function valueError(message: string): PyErrorCarrier {
  return new PyErrorCarrier("ValueError", message);
}

/**
 * How CPython names a presentation type in messages: the character itself when it is printable
 * ASCII, else \x followed by its hex value without padding (unknown_presentation_type).
 */
export function presentationTypeName(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parsed specs by (spec, type name, defaults): a format string in a loop parses once. Only
 * successful parses are kept (a bad spec raises every time); the cache is cleared when full.
 */
const cache = new Map<string, FormatSpec>();
const CACHE_LIMIT = 512;

/**
 * Parses a non-empty spec. `typeName` is the object's type name for messages;
 * `defaultType` and `defaultAlign` are 's' and '<' for str, 'd' and '>' for int, '' and '>' for
 * float and complex.
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: FormatSpec["align"],
): FormatSpec {
  const cacheKey = `${defaultType}${defaultAlign}${typeName}\u0000${spec}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const parsed = parseUncached(spec, typeName, defaultType, defaultAlign);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, parsed);
  return parsed;
}

function parseUncached(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: FormatSpec["align"],
): FormatSpec {
  const cps = Array.from(spec);
  let pos = 0;
  const end = cps.length;
  let fill = " ";
  let align = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  let sign: FormatSpec["sign"] = "";
  let noNegZero = false;
  let alternate = false;
  let width = -1;
  let grouping: FormatSpec["grouping"] = "";
  let precision = -1;
  let type = defaultType;

  // Returns [value, digits consumed]; a width too large for Py_ssize_t is an error.
  const readInteger = (): [number, number] => {
    let text = "";
    while (pos < end) {
      const d = decimalValue(cps[pos]!.codePointAt(0)!);
      if (d < 0) break;
      text += String.fromCharCode(0x30 + d);
      pos++;
    }
    if (text.length > 15 && BigInt(text) > SSIZE_MAX) {
      throw valueError("Too many decimal digits in format string");
    }
    return [text.length > 0 ? Number(text) : 0, text.length];
  };

  if (end - pos >= 2 && ALIGNS.has(cps[pos + 1]!)) {
    align = cps[pos + 1] as FormatSpec["align"];
    fill = cps[pos]!;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && ALIGNS.has(cps[pos]!)) {
    align = cps[pos] as FormatSpec["align"];
    alignSpecified = true;
    pos++;
  }
  if (pos < end && SIGNS.has(cps[pos]!)) sign = cps[pos++] as FormatSpec["sign"];
  if (pos < end && cps[pos] === "z") {
    noNegZero = true;
    pos++;
  }
  if (pos < end && cps[pos] === "#") {
    alternate = true;
    pos++;
  }
  // A '0' before the width means zero padding; since 3.10 it changes the alignment only for
  // types that align right by default (numbers), so format('ab', '05') is 'ab000'.
  if (!fillSpecified && pos < end && cps[pos] === "0") {
    fill = "0";
    if (!alignSpecified && defaultAlign === ">") align = "=";
    pos++;
  }
  const [w, wDigits] = readInteger();
  if (wDigits > 0) width = w;
  if (pos < end && cps[pos] === ",") {
    grouping = ",";
    pos++;
  }
  if (pos < end && cps[pos] === "_") {
    if (grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  // A second "," after "," is read as the presentation type below (",," is "Cannot specify ','
  // with ','."); only "_," is rejected here, as parse_internal_render_format_spec does.
  if (pos < end && cps[pos] === "," && grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === ".") {
    pos++;
    const [p, pDigits] = readInteger();
    if (pDigits === 0) throw valueError("Format specifier missing precision");
    precision = p;
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) type = cps[pos++]!;

  if (grouping !== "") {
    if ("defgEFG%".includes(type) || type === "") {
      // allowed with both separators (PEP 378)
    } else if (grouping === "_" && type.length === 1 && "boxX".includes(type)) {
      // PEP 515: underscores every four digits in binary, octal and hex
      grouping = "_4";
    } else {
      throw valueError(`Cannot specify '${grouping}' with '${presentationTypeName(type)}'.`);
    }
  }
  return { fill, align, sign, noNegZero, alternate, width, grouping, precision, type };
}

export function unknownFormatCode(type: string, typeName: string): PyErrorCarrier {
  return valueError(`Unknown format code '${presentationTypeName(type)}' for object of type '${typeName}'`);
}
