import { PyErrorCarrier } from "../error-carrier.js";
import { floatRepr } from "../repr/float.js";
import { doubleToString, type DoubleFormatCode } from "./float-string.js";
import { layoutNumber } from "./layout.js";
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from "./spec.js";

const INT_MAX = 2 ** 31 - 1;

/**
 * format(x, spec) for a float: follows _PyFloat_FormatAdvancedWriter in
 * Python/formatter_unicode.c. An empty spec is str(x). `typeName` names the object's type in
 * error messages (a subclass reports its own name).
 */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return floatRepr(x);
  const parsed = parseFormatSpec(spec, typeName, "", ">");
  switch (parsed.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatParsed(x, parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

/**
 * The float formatting proper (format_float_internal); also used for ints formatted with a float
 * presentation type.
 */
export function formatFloatParsed(value: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new PyErrorCarrier("ValueError", "precision too big");
  let x = value;
  let type = spec.type;
  let defaultPrecision = 6;
  let addDot0 = false;
  let percent = false;
  if (type === "") {
    // No type: like repr without a precision, else like 'g' with at least one digit after the point.
    addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  // 'n' is 'g' with the locale's separators; pyglass runs in the C locale, which has none.
  if (type === "n") type = "g";
  if (type === "%") {
    type = "f";
    x *= 100;
    percent = true;
  }
  let precision = spec.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  checkResultSize(x, type, precision, spec.alternate);

  let text = doubleToString(x, type as DoubleFormatCode, precision, {
    addDot0,
    alt: spec.alternate,
    noNegZero: spec.noNegZero,
  });
  if (percent) text += "%";
  return layoutFloatText(text, spec);
}

/** Splits PyOS_double_to_string output into sign, integer digits and remainder, then lays it out. */
export function layoutFloatText(text: string, spec: FormatSpec): string {
  let signChar = "";
  let i = 0;
  if (text.startsWith("-")) {
    signChar = "-";
    i = 1;
  }
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  const hasDecimal = text[j] === ".";
  return layoutNumber(
    {
      signChar,
      prefix: "",
      digits: text.slice(i, j),
      hasDecimal,
      remainder: text.slice(hasDecimal ? j + 1 : j),
    },
    spec,
    false,
  );
}

/**
 * JavaScript strings stop near 2^29 characters; CPython would build a longer result or fail with
 * MemoryError. We raise MemoryError before attempting an expansion that cannot be held.
 */
const MAX_RESULT = 2 ** 28;
export function checkResultSize(x: number, type: string, precision: number, alt: boolean): void {
  // 'g' without '#' strips trailing zeros: its length does not grow with the precision.
  if ((type === "g" || type === "G") && !alt) return;
  const intDigits = type === "f" && Number.isFinite(x) && Math.abs(x) >= 1 ? Math.log10(Math.abs(x)) + 1 : 1;
  if (precision + intDigits > MAX_RESULT) throw new PyErrorCarrier("MemoryError", "");
}
