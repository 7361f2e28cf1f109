import { PyErrorCarrier } from "../error-carrier.js";

/**
 * The interpreter's limit on decimal digits for int↔str conversion (sys.set_int_max_str_digits,
 * PEP 651's successor CVE-2020-10735 fix). 0 means no limit. Passed explicitly because the
 * setting belongs to an interpreter, not to the process.
 */
export interface IntStrLimit {
  readonly maxStrDigits: number;
}

/** CPython's default, sys.int_info.default_max_str_digits. */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** The smallest non-zero limit sys.set_int_max_str_digits accepts (_PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
export const MAX_STR_DIGITS_THRESHOLD = 640;
export const DEFAULT_INT_STR_LIMIT: IntStrLimit = { maxStrDigits: DEFAULT_MAX_STR_DIGITS };

/**
 * Validates a new limit as sys.set_int_max_str_digits does (sys_set_int_max_str_digits_impl).
 */
export function checkMaxStrDigits(maxdigits: bigint): number {
  // The argument is converted to a C int first (_PyLong_AsInt).
  if (maxdigits > 0x7fffffffn || maxdigits < -0x80000000n) {
    throw new PyErrorCarrier("OverflowError", "Python int too large to convert to C int");
  }
  if (maxdigits !== 0n && maxdigits < BigInt(MAX_STR_DIGITS_THRESHOLD)) {
    throw new PyErrorCarrier("ValueError", `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  return Number(maxdigits);
}

/**
 * str(int): decimal text of n. Raises ValueError past the digit limit, counting digits without
 * the sign (long_to_decimal_string_internal in Objects/longobject.c).
 */
export function intToDecimal(n: bigint | number, limit: IntStrLimit = DEFAULT_INT_STR_LIMIT): string {
  if (typeof n === "number") {
    // Safe integers print the same from a number; larger ones go through BigInt.
    if (Number.isSafeInteger(n)) return String(n);
    n = BigInt(n);
  }
  const s = n.toString();
  const digits = s.length - (n < 0n ? 1 : 0);
  if (limit.maxStrDigits > 0 && digits > limit.maxStrDigits) {
    throw new PyErrorCarrier(
      "ValueError",
      `Exceeds the limit (${limit.maxStrDigits} digits) for integer string conversion; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  return s;
}

const PREFIXES: Record<2 | 8 | 16, string> = { 2: "0b", 8: "0o", 16: "0x" };

/**
 * bin(), oct(), hex() and the '#' forms: sign, then prefix, then lowercase digits
 * (_PyLong_Format with alternate set). Power-of-two bases have no digit limit.
 */
export function intToBase(n: bigint | number, base: 2 | 8 | 16, prefix = true): string {
  const big = typeof n === "bigint" ? n : BigInt(n);
  const negative = big < 0n;
  const body = (negative ? -big : big).toString(base);
  return (negative ? "-" : "") + (prefix ? PREFIXES[base] : "") + body;
}
