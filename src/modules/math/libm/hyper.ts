/**
 * sinh, cosh, tanh, asinh, acosh and atanh, correctly rounded, from the double-double kernels
 * of exp.ts and log.ts: sinh and cosh as (e^x ∓ e^-x) / 2 (for |x| < 0.34 sinh from
 * expm1(x) - expm1(-x), which does not cancel), tanh x = E / (E + 2) with E = expm1(2x), and
 * the inverses as log(1 + d) with d formed so it keeps its relative precision near 0:
 * asinh: d = |x| + x^2 / (1 + sqrt(1 + x^2)); acosh: d = (x - 1) + sqrt((x - 1)(x + 1));
 * atanh: d = 2x / (1 - x), halved. Special values follow C99 Annex F (the caller of a finite
 * argument that overflows reports the range error).
 */
import { add, dd, div, mul, sqrt, twoProd, twoSum } from "./dd.js";
import { expKernel } from "./exp.js";
import { finish, log1pNear0, logOfDD } from "./log.js";
import { roundDD, roundScaledDD } from "./round.js";

const REL_ERR = 2 ** -95;
const LN2 = 0.6931471805599453;
/** Past this |x|, cosh and sinh are beyond the largest double. */
const HYPER_OVERFLOW = 710.4758600739439;

function round(hi: number, lo: number): number {
  const r = roundDD(hi, lo, Math.abs(hi) * REL_ERR);
  return Number.isNaN(r) ? hi + lo : r;
}

/** (e^a ± e^-a) / 2 for a >= 0.34, rounded; sign +1 for cosh, -1 for sinh. */
function coshSinh(a: number, sign: number): number {
  if (a > HYPER_OVERFLOW) return Infinity;
  const k = expKernel(a, 0, false);
  const h = dd.hi;
  const l = dd.lo;
  if (a >= 40) {
    // e^-a < 2^-115 e^a: it cannot move the rounding.
    const r = roundScaledDD(h, l, Math.abs(h) * REL_ERR, k - 1);
    return Number.isNaN(r) ? (h + l) * 2 ** (k - 1) : r;
  }
  div(1, 0, h, l);
  const s = 2 ** -k;
  add(h * 2 ** k, l * 2 ** k, sign * dd.hi * s, sign * dd.lo * s);
  return round(dd.hi / 2, dd.lo / 2);
}

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  // sinh x = x + x^3/6 + ...: below 2^-27 the correction is under a quarter ulp.
  if (a < 2 ** -27) return x;
  if (a < 0.34) {
    expKernel(a, 0, true);
    const ph = dd.hi;
    const pl = dd.lo;
    expKernel(-a, 0, true);
    add(ph, pl, -dd.hi, -dd.lo);
    const r = round(dd.hi / 2, dd.lo / 2);
    return x < 0 ? -r : r;
  }
  const r = coshSinh(a, -1);
  return x < 0 ? -r : r;
}

export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  // cosh x = 1 + x^2/2 + ...: below 2^-27 it rounds to 1.
  if (a < 2 ** -27) return 1;
  return coshSinh(a, 1);
}

export function tanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -27) return x;
  // 1 - tanh a = 2 / (e^2a + 1) < 2^-60 past 22: rounds to 1.
  if (a > 22) return x > 0 ? 1 : -1;
  const k = expKernel(2 * a, 0, true);
  let eh = dd.hi;
  let el = dd.lo;
  if (k !== 0) {
    add(eh * 2 ** k, el * 2 ** k, -1, 0);
    eh = dd.hi;
    el = dd.lo;
  }
  add(eh, el, 2, 0);
  div(eh, el, dd.hi, dd.lo);
  const r = round(dd.hi, dd.lo);
  return x < 0 ? -r : r;
}

/** log(1 + d) rounded, for the double-double d > 0 and a guess y0 at the result. */
function log1pOf(dh: number, dl: number, y0: number): number {
  if (dh < 0.41) log1pNear0(dh, dl, y0);
  else {
    add(1, 0, dh, dl);
    logOfDD(dd.hi, dd.lo, y0);
  }
  return finish();
}

export function asinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  // asinh x = x - x^3/6 + ...: below 2^-27 the correction is under a quarter ulp.
  if (a < 2 ** -27) return x;
  let r: number;
  if (a > 2 ** 28) {
    // asinh a = log(2a) + 1/(4a^2) - ..., the tail below 2^-58.
    logOfDD(a, 0, 0);
    add(dd.hi, dd.lo, LN2, 2.3190468138462996e-17);
    r = finish();
  } else {
    twoProd(a, a);
    const qh = dd.hi;
    const ql = dd.lo;
    add(qh, ql, 1, 0);
    sqrt(dd.hi, dd.lo);
    add(dd.hi, dd.lo, 1, 0);
    div(qh, ql, dd.hi, dd.lo);
    add(dd.hi, dd.lo, a, 0);
    r = log1pOf(dd.hi, dd.lo, Math.asinh(a));
  }
  return x < 0 ? -r : r;
}

export function acosh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 1) return NaN;
  if (x === 1) return 0;
  if (x === Infinity) return x;
  if (x > 2 ** 28) {
    // acosh x = log(2x) - 1/(4x^2) - ..., the tail below 2^-58.
    logOfDD(x, 0, 0);
    add(dd.hi, dd.lo, LN2, 2.3190468138462996e-17);
    return finish();
  }
  // x - 1 is exact below 2 (Sterbenz); above, a two-sum keeps it exact.
  twoSum(x, -1);
  const mh = dd.hi;
  const ml = dd.lo;
  twoSum(x, 1);
  mul(mh, ml, dd.hi, dd.lo);
  sqrt(dd.hi, dd.lo);
  add(dd.hi, dd.lo, mh, ml);
  return log1pOf(dd.hi, dd.lo, Math.acosh(x));
}

export function atanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a === 1) return x > 0 ? Infinity : -Infinity;
  if (a < 2 ** -27) return x;
  twoSum(1, -a);
  div(2 * a, 0, dd.hi, dd.lo);
  const dh = dd.hi;
  const dl = dd.lo;
  const y0 = 2 * Math.atanh(a);
  if (dh < 0.41) log1pNear0(dh, dl, y0);
  else {
    add(1, 0, dh, dl);
    logOfDD(dd.hi, dd.lo, y0);
  }
  const r = round(dd.hi / 2, dd.lo / 2);
  return x < 0 ? -r : r;
}
