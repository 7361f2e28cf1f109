/**
 * pow(x, y) for finite x > 0 and finite y: exp(y log x) with log x as a double-double (log.ts),
 * y log x as a double-double and the exp kernel of exp.ts, rounded once. y log x reaches 745 in
 * magnitude, so its error (about 2^-104 relative) is up to 2^-94 absolute, which becomes the
 * relative error of the result; the rounding test allows 2^-90. When it cannot decide (exact
 * ties such as 41.0 ** 10 among them) the BigInt evaluation of float-pow.ts settles it.
 */
import { powPositive } from "../../../compiler/float-pow.js";
import { dd, mul } from "./dd.js";
import { expKernel } from "./exp.js";
import { logDD } from "./log.js";
import { roundScaledDD } from "./round.js";

const REL_ERR = 2 ** -90;

/** x ** y for finite x > 0, x !== 1, finite y !== 0; Infinity / 0 past the range. */
export function powFinitePositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  logDD(x);
  mul(dd.hi, dd.lo, y, 0);
  const th = dd.hi;
  const tl = dd.lo;
  if (th > 709.8) return Infinity;
  if (th < -745.2) return 0;
  const k = expKernel(th, tl, false);
  const r = roundScaledDD(dd.hi, dd.lo, Math.abs(dd.hi) * REL_ERR, k);
  return Number.isNaN(r) ? powPositive(x, y) : r;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/**
 * C99's pow for finite x and y (Annex F.9.4.4): pow(x, ±0) = 1, pow(1, y) = 1, pow(±0, y < 0) is
 * a pole (±inf), pow(x < 0, non-integer) is NaN, a negative base with an integral y takes the
 * sign of the parity of y.
 */
export function powFinite(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    const odd = isOddInteger(y);
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powFinitePositive(-x, y);
    return isOddInteger(y) ? -r : r;
  }
  return powFinitePositive(x, y);
}

/** C99's pow for all doubles (Annex F.9.4.4), as the C library's pow() that CPython calls. */
export function pow(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) return powFinite(x, y);
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return a > 1 === y > 0 ? Infinity : 0;
  }
  // x = ±inf, y finite and non-zero.
  const odd = isOddInteger(y);
  if (y > 0) return odd ? x : Infinity;
  return odd ? 1 / x : 0;
}
