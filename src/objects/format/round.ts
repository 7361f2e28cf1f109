import { PyErrorCarrier } from "../error-carrier.js";
import { floatToInt } from "../numeric/float-int.js";
import { fixedDigits } from "./decimal.js";

/** NDIGITS_MAX and NDIGITS_MIN of float___round___impl: past these the answer is known. */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: follows float___round___impl and double_round in
 * Objects/floatobject.c. x is rounded to ndigits decimal places exactly (half to even on the
 * exact binary value, as dtoa mode 3 does), and that decimal is read back correctly rounded.
 * The sign survives: round(-0.4, 0) is -0.0.
 */
export function roundFloat(x: number, ndigits: bigint | number): number {
  if (!Number.isFinite(x)) return x;
  const n = typeof ndigits === "bigint" ? ndigits : BigInt(ndigits);
  if (n > BigInt(NDIGITS_MAX)) return x;
  if (n < BigInt(NDIGITS_MIN)) return 0 * x;
  const places = Number(n);
  const { digits, decpt } = fixedDigits(x, places);
  const negative = x < 0 || Object.is(x, -0);
  // ECMAScript's StringToNumber reads the decimal correctly rounded (as _Py_dg_strtod does).
  const rounded = Number(`${negative ? "-" : ""}${digits}e${decpt - digits.length}`);
  if (!Number.isFinite(rounded))
    throw new PyErrorCarrier("OverflowError", "rounded value too large to represent");
  return rounded;
}

/**
 * round(x) with no ndigits: the nearest int, halves to even (float___round___impl), raising as
 * int(x) does for infinities and NaN.
 */
export function roundFloatToInt(x: number): bigint {
  // Away from halves Math.round is the nearest integer; a half goes to the even neighbour
  // (2 * round(x / 2), where x / 2 is exact and never itself a half).
  const rounded = Math.abs(x - Math.trunc(x)) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
  return floatToInt(rounded);
}
