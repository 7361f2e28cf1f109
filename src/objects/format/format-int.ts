import { PyErrorCarrier } from "../error-carrier.js";
import { DEFAULT_INT_STR_LIMIT, intToDecimal, type IntStrLimit } from "../numeric/int-str.js";
import { formatFloatParsed } from "./format-float.js";
import { layoutNumber } from "./layout.js";
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from "./spec.js";

/**
 * format(n, spec) for an int: follows _PyLong_FormatAdvancedWriter in
 * Python/formatter_unicode.c. Float presentation types convert n to float first (and raise
 * OverflowError when it does not fit, as int.__float__ does).
 */
export function formatInt(
  n: bigint | number,
  spec: string,
  typeName = "int",
  limit: IntStrLimit = DEFAULT_INT_STR_LIMIT,
): string {
  if (spec === "") return intToDecimal(n, limit);
  const big = typeof n === "bigint" ? n : BigInt(n);
  const parsed = parseFormatSpec(spec, typeName, "d", ">");
  switch (parsed.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatIntParsed(big, parsed, limit);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatParsed(intToFloat(big), parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

/** float(n) for an int: correctly rounded (ties to even), OverflowError past the double range. */
export function intToFloat(n: bigint): number {
  const x = Number(n);
  if (!Number.isFinite(x)) throw new PyErrorCarrier("OverflowError", "int too large to convert to float");
  return x;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** format_long_internal. */
function formatIntParsed(n: bigint, spec: FormatSpec, limit: IntStrLimit): string {
  if (spec.precision !== -1) {
    throw new PyErrorCarrier("ValueError", "Precision not allowed in integer format specifier");
  }
  if (spec.noNegZero) {
    throw new PyErrorCarrier(
      "ValueError",
      "Negative zero coercion (z) not allowed in integer format specifier",
    );
  }
  if (spec.type === "c") {
    if (spec.sign !== "") {
      throw new PyErrorCarrier("ValueError", "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      throw new PyErrorCarrier(
        "ValueError",
        "Alternate form (#) not allowed with integer format specifier 'c'",
      );
    }
    if (n < LONG_MIN || n > LONG_MAX) {
      throw new PyErrorCarrier("OverflowError", "Python int too large to convert to C long");
    }
    if (n < 0n || n > 0x10ffffn) throw new PyErrorCarrier("OverflowError", "%c arg not in range(0x110000)");
    // The character is copied as-is, never grouped or zero-filled (it travels as "remainder").
    return layoutNumber(
      { signChar: "", prefix: "", digits: "", hasDecimal: false, remainder: String.fromCodePoint(Number(n)) },
      spec,
      false,
    );
  }
  const base =
    spec.type === "b" ? 2 : spec.type === "o" ? 8 : spec.type === "x" || spec.type === "X" ? 16 : 10;
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const digits = base === 10 ? intToDecimal(abs, limit) : abs.toString(base);
  const prefix = spec.alternate && base !== 10 ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return layoutNumber(
    { signChar: negative ? "-" : "", prefix, digits, hasDecimal: false, remainder: "" },
    spec,
    spec.type === "X",
  );
}
