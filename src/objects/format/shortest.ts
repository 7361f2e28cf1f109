/**
 * Shortest round-trip decimal digits of a finite double, as CPython's dtoa mode 0
 * (_Py_dg_dtoa in Python/dtoa.c) produces them: the fewest significant digits that read back as
 * the same double, and among those the closest to the exact value.
 *
 * ECMAScript's Number::toString and toExponential() without an argument are specified to choose
 * the same digits (ECMA-262 6.1.6.1.20, step 5: smallest k, then closest), so we take them from
 * toExponential rather than reimplementing the algorithm.
 */
export interface DecimalDigits {
  /** Significant digits, no leading or trailing zeros ("0" for zero). */
  readonly digits: string;
  /**
   * Position of the decimal point relative to the digits, as dtoa's decpt: the value is
   * 0.DIGITS × 10^decpt, i.e. the first digit has weight 10^(decpt-1).
   */
  readonly decpt: number;
}

/** Shortest round-trip digits of |x|; x must be finite. */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const mantissa = s.slice(0, e);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}
