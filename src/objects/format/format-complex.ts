import { PyErrorCarrier } from "../error-carrier.js";
import { complexRepr } from "../repr/complex.js";
import { doubleToString, type DoubleFormatCode } from "./float-string.js";
import { checkResultSize } from "./format-float.js";
import { layoutNumber, padText, pyLength } from "./layout.js";
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from "./spec.js";

const INT_MAX = 2 ** 31 - 1;

/**
 * format(z, spec) for a complex: follows _PyComplex_FormatAdvancedWriter and
 * format_complex_internal in Python/formatter_unicode.c. Both parts are formatted like floats
 * (the imaginary one always signed unless the real part is left out), then the whole is padded.
 */
export function formatComplex(real: number, imag: number, spec: string, typeName = "complex"): string {
  if (spec === "") return complexRepr(real, imag);
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
      return formatComplexParsed(real, imag, parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

function formatComplexParsed(real: number, imag: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new PyErrorCarrier("ValueError", "precision too big");
  if (spec.fill === "0") {
    throw new PyErrorCarrier("ValueError", "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align === "=") {
    throw new PyErrorCarrier("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  }
  let type = spec.type;
  let defaultPrecision = 6;
  let skipReal = false;
  let parens = false;
  if (type === "") {
    // Like str(z): the real part is left out when it is +0.0, else parentheses.
    type = "r";
    defaultPrecision = 0;
    if (real === 0 && !Object.is(real, -0)) skipReal = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  let precision = spec.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const flags = { alt: spec.alternate, noNegZero: spec.noNegZero };
  checkResultSize(real, type, precision, spec.alternate);
  checkResultSize(imag, type, precision, spec.alternate);
  const reText = doubleToString(real, type as DoubleFormatCode, precision, flags);
  const imText = doubleToString(imag, type as DoubleFormatCode, precision, flags);
  // Each part is laid out without padding; the imaginary part gets a '+' unless it stands alone.
  const unpadded: FormatSpec = { ...spec, fill: "", align: "<", width: -1 };
  const re = skipReal ? "" : layoutPart(reText, unpadded);
  const im = layoutPart(imText, skipReal ? unpadded : { ...unpadded, sign: "+" });
  const body = (parens ? "(" : "") + re + im + "j" + (parens ? ")" : "");
  return padText(body, pyLength(body), spec);
}

function layoutPart(text: string, spec: FormatSpec): string {
  const negative = text.startsWith("-");
  const rest = negative ? text.slice(1) : text;
  let j = 0;
  while (j < rest.length && rest.charCodeAt(j) >= 0x30 && rest.charCodeAt(j) <= 0x39) j++;
  const hasDecimal = rest[j] === ".";
  return layoutNumber(
    {
      signChar: negative ? "-" : "",
      prefix: "",
      digits: rest.slice(0, j),
      hasDecimal,
      remainder: rest.slice(hasDecimal ? j + 1 : j),
    },
    spec,
    false,
  );
}
