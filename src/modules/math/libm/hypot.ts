/**
 * hypot(x, y) = sqrt(x^2 + y^2), correctly rounded: both scaled by one power of two so the larger
 * is near 1 (exact), the squares and their sum in double-double, its double-double square root,
 * one rounding. C99 Annex F: hypot(±inf, y) = +inf even for a NaN y; otherwise NaN propagates.
 */
import { exponentOf } from "./bits.js";
import { add, dd, sqrt, twoProd } from "./dd.js";
import { roundDD } from "./round.js";

const REL_ERR = 2 ** -98;

export function hypot(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (Number.isNaN(ax) || Number.isNaN(ay)) return NaN;
  const big = Math.max(ax, ay);
  const small = Math.min(ax, ay);
  if (small === 0) return big;
  const e = exponentOf(big);
  // Past 2^-60 of the larger, the smaller moves the result by under 2^-121 of it.
  if (e - exponentOf(small) > 60) return big;
  const k = -e;
  const s1 = 2 ** Math.trunc(k / 2);
  const s2 = 2 ** (k - Math.trunc(k / 2));
  const b = big * s1 * s2;
  const s = small * s1 * s2;
  twoProd(b, b);
  const bh = dd.hi;
  const bl = dd.lo;
  twoProd(s, s);
  add(bh, bl, dd.hi, dd.lo);
  sqrt(dd.hi, dd.lo);
  const r = roundDD(dd.hi, dd.lo, dd.hi * REL_ERR);
  const v = Number.isNaN(r) ? dd.hi + dd.lo : r;
  // Scaling back is exact unless the result is subnormal or overflows (then it rounds once).
  return v * (1 / s1) * (1 / s2);
}
