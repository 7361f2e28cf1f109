/**
 * log10, the hyperbolic functions and their inverses as glibc composes them from its exp, log,
 * expm1 and log1p (sysdeps/ieee754/dbl-64/e_log10.c, s_asinh.c, e_acosh.c, e_atanh.c, e_sinh.c,
 * e_cosh.c, s_tanh.c: the formulas of the Sun libm), which CPython's math and cmath call. They are not
 * correctly rounded (the correctly rounded ones are in hyper.ts and log.ts), so reproducing the
 * C library's results takes the same formulas over the same inner functions: exp and log are
 * correctly rounded here as glibc's nearly always are, and expm1 / log1p are the engine's, which
 * follow the same Sun algorithms as glibc's. Each formula below is the identity named beside it.
 */
import { fixedToDD, ln2Fixed, atanhInv } from "./big.js";
import { dd } from "./dd.js";
import { exponentOf } from "./bits.js";
import { exp } from "./exp.js";
import { log } from "./log.js";

const LN2 = 0.6931471805599453;
const TWO28 = 2 ** 28;
/** log(DBL_MAX): past it exp overflows, so sinh and cosh square exp(|x| / 2) instead. */
const LOG_MAX = 709.782712893384;
/** Past this |x|, cosh and sinh are beyond the largest double. */
const OVERFLOW = 710.4758600739439;

/** asinh x = sign(x) log(|x| + sqrt(x^2 + 1)), rearranged so nothing cancels. */
export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) return x;
  let w: number;
  if (a > TWO28) w = log(a) + LN2;
  else if (a > 2) w = log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** acosh x = log(x + sqrt(x^2 - 1)). */
export function acosh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 1) return NaN;
  if (x >= TWO28) return x === Infinity ? x : log(x) + LN2;
  if (x === 1) return 0;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** atanh x = log((1 + x) / (1 - x)) / 2 = log1p(2x / (1 - x)) / 2. */
export function atanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a > 1) return NaN;
  if (a === 1) return x / 0;
  if (a < 2 ** -28) return x;
  let t: number;
  if (a < 0.5) {
    t = a + a;
    t = 0.5 * Math.log1p(t + (t * a) / (1 - a));
  } else t = 0.5 * Math.log1p((a + a) / (1 - a));
  return x < 0 ? -t : t;
}

/** sinh x = (E + E / (E + 1)) / 2 with E = expm1(|x|); e^|x| / 2 beyond 22. */
export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = Math.expm1(a);
    if (a < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < LOG_MAX) return h * exp(a);
  if (a <= OVERFLOW) {
    const w = exp(0.5 * a);
    return h * w * w;
  }
  return x * Infinity;
}

/** cosh x = 1 + E^2 / (2 (1 + E)) near 0 (E = expm1(|x|)), (e^|x| + e^-|x|) / 2 beyond. */
export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a < 0.5 * LN2) {
    const t = Math.expm1(a);
    const w = 1 + t;
    if (a < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) {
    const t = exp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < LOG_MAX) return 0.5 * exp(a);
  if (a <= OVERFLOW) {
    const w = exp(0.5 * a);
    return 0.5 * w * w;
  }
  return Infinity;
}

/** tanh x = -E / (E + 2) with E = expm1(-2|x|) below 1, 1 - 2 / (expm1(2|x|) + 2) from 1 to 22. */
export function tanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let z: number;
  if (a < 22) {
    if (a < 2 ** -55) return x * (1 + x);
    if (a >= 1) z = 1 - 2 / (Math.expm1(2 * a) + 2);
    else {
      const t = Math.expm1(-2 * a);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

let log10Consts: number[] | null = null;

/** log10(2) cut after 40 bits (y times it is exact) and the rest; 1 / ln 10. */
function initLog10(): number[] {
  const B = 200n;
  const ln2 = ln2Fixed(200);
  const ln10 = 3n * ln2 + 2n * atanhInv(9n, B);
  const l = (ln2 << B) / ln10; // log10(2) * 2^200
  const hiInt = l >> (B - 41n); // 40 bits: log10(2) = 0.30103, the leading bit at 2^-2
  const hi = Number(hiInt) * 2 ** -41;
  fixedToDD(l - (hiInt << (B - 41n)), B);
  const lo = dd.hi;
  fixedToDD((1n << (2n * B)) / ln10, B);
  log10Consts = [hi, lo, dd.hi];
  return log10Consts;
}

/** log10 x = n log10(2) + log(m) / ln 10 for x = 2^n m, m in [1, 2) (in [1/2, 1) when n < 0). */
export function log10(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  const c = log10Consts ?? initLog10();
  let n = exponentOf(x);
  if (n < 0) n += 1;
  const m = x < 2 ** -1000 ? x * 2 ** 1000 * 2 ** -(n + 1000) : x * 2 ** -n;
  const z = n * c[1]! + c[2]! * log(m);
  return z + n * c[0]!;
}
