import { shortestDigits } from "../format/shortest.js";

/**
 * repr(float) and str(float): follows float_repr in Objects/floatobject.c, which calls
 * PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0) (Python/pystrtod.c, format_float_short).
 * The shortest round-trip digits are written positionally when the decimal exponent is in
 * [-4, 16), otherwise in exponent form with a sign and at least two exponent digits.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) {
    // Fast path: in this range both CPython and ECMAScript's Number::toString write the same
    // shortest digits positionally (the bounds are exact: a shortest repr reads back as x, so
    // it is below "0.0001" or "1e16" exactly when x is). CPython adds ".0" to integers.
    const s = String(x);
    return s.includes(".") ? s : s + ".0";
  }
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const { digits, decpt } = shortestDigits(x);
  // format_float_short: for type 'r', use_exp when decpt <= -4 or decpt > 16.
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${formatExponent(decpt - 1)}`;
  }
  return sign + positional(digits, decpt, true);
}

/** An exponent as CPython writes it: explicit sign, at least two digits ("e+16", "e-05"). */
export function formatExponent(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + String(abs);
}

/**
 * Digits with the decimal point placed decpt digits from the left, padding with zeros on either
 * side; with addDotZero an integral result gets ".0" (Py_DTSF_ADD_DOT_0).
 */
export function positional(digits: string, decpt: number, addDotZero: boolean): string {
  if (decpt <= 0) return `0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return digits + "0".repeat(decpt - digits.length) + (addDotZero ? ".0" : "");
  return `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
