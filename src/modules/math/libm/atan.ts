/**
 * atan, atan2, asin and acos, correctly rounded. The engine's Math.atan2 gives y0 within an ulp
 * or two; one Newton step on tan finishes: atan2(y, x) = y0 + atan(d) with
 * d = (y cos y0 - x sin y0) / (x cos y0 + y sin y0), |d| ~ 2^-52, so atan(d) = d to 2^-150;
 * the numerator is a double-double difference (it cancels), sin/cos y0 come from trig.ts.
 * asin x = atan2(x, sqrt((1 - x)(1 + x))), acos x = atan2(sqrt((1 - x)(1 + x)), x), the square
 * root in double-double. Special values as C99 Annex F (atan2 of zeros and infinities by quadrant).
 */
import { exponentOf } from "./bits.js";
import { add, dd, fastTwoSum, mul, sqrt, twoSum } from "./dd.js";
import { fastAtan2 } from "./fast.js";
import { roundDD } from "./round.js";
import { sc, sinCosOf } from "./trig.js";

const REL_ERR = 2 ** -95;
const PI = 3.141592653589793;
const HALF_PI = 1.5707963267948966;
const QUARTER_PI = 0.7853981633974483;
const THREE_QUARTER_PI = 2.356194490192345;

/** atan2(y, x) for double-doubles of moderate size (exponents within ±600), rounded. */
function atan2Kernel(yh: number, yl: number, xh: number, xl: number): number {
  const y0 = Math.atan2(yh, xh);
  sinCosOf(y0);
  const sh = sc.sh;
  const sl = sc.sl;
  const ch = sc.ch;
  const cl = sc.cl;
  mul(yh, yl, ch, cl);
  const ah = dd.hi;
  const al = dd.lo;
  mul(xh, xl, sh, sl);
  add(ah, al, -dd.hi, -dd.lo);
  const num = dd.hi + dd.lo;
  const den = xh * ch + yh * sh;
  fastTwoSum(y0, num / den);
  const r = roundDD(dd.hi, dd.lo, Math.abs(dd.hi) * REL_ERR);
  return Number.isNaN(r) ? dd.hi + dd.lo : r;
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const sy = y < 0 || Object.is(y, -0) ? -1 : 1;
  if (y === 0) return x > 0 || Object.is(x, 0) ? y : sy * PI;
  if (x === 0) return sy * HALF_PI;
  if (!Number.isFinite(y)) {
    if (x === Infinity) return sy * QUARTER_PI;
    if (x === -Infinity) return sy * THREE_QUARTER_PI;
    return sy * HALF_PI;
  }
  if (x === Infinity) return sy * 0;
  if (x === -Infinity) return sy * PI;
  const ey = exponentOf(y);
  const ex = exponentOf(x);
  // Far apart: the result is y/x (rounded once), ±pi or ±pi/2 to within far less than an ulp.
  if (ey - ex < -60) return x > 0 ? y / x : sy * PI;
  if (ey - ex > 60) return sy * HALF_PI;
  // Scale both by the same power of two (exactly: they stay normal) to near 1.
  const k = -Math.max(ey, ex);
  const s1 = 2 ** Math.trunc(k / 2);
  const s2 = 2 ** (k - Math.trunc(k / 2));
  const ys = y * s1 * s2;
  const xs = x * s1 * s2;
  const f = fastAtan2(ys, xs);
  return Number.isNaN(f) ? atan2Kernel(ys, 0, xs, 0) : f;
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  // atan x = x - x^3/3 + ...: below 2^-27 the correction is under a quarter ulp.
  if (ax < 2 ** -27) return x;
  if (ax > 2 ** 60) return x > 0 ? HALF_PI : -HALF_PI;
  const f = fastAtan2(x, 1);
  return Number.isNaN(f) ? atan2Kernel(x, 0, 1, 0) : f;
}

/** sqrt((1 - x)(1 + x)) as a double-double into dd (|x| < 1). */
function cosOfAsin(x: number): void {
  twoSum(1, -x);
  const ah = dd.hi;
  const al = dd.lo;
  twoSum(1, x);
  mul(ah, al, dd.hi, dd.lo);
  sqrt(dd.hi, dd.lo);
}

export function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x * HALF_PI;
  if (ax < 2 ** -27) return x;
  cosOfAsin(x);
  return atan2Kernel(x, 0, dd.hi, dd.lo);
}

export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI;
  cosOfAsin(x);
  return atan2Kernel(dd.hi, dd.lo, x, 0);
}
