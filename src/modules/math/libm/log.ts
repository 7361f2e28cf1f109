/**
 * log, log2, log10 and log1p, correctly rounded. x = 2^e m with m in [sqrt(1/2), sqrt(2)); the
 * engine's Math.log gives y0 within an ulp or two of log m, and one Newton step on exp finishes:
 * log m = y0 + log(m exp(-y0)) = y0 + d - d^2/2 with d = (m - 1) + m (exp(-y0) - 1), |d| ~ 2^-52,
 * where exp(-y0) - 1 comes from the double-double kernel of exp.ts. e ln 2 uses the three exact
 * chunks of ln 2. Special values follow C99 Annex F: log(±0) = -inf, log(x < 0) = NaN,
 * log(inf) = inf; log1p(-1) = -inf.
 */
import { atanhInv, fixedToDD, ln2Fixed } from "./big.js";
import { exponentOf } from "./bits.js";
import { add, dd, fastTwoSum, mul, twoSum } from "./dd.js";
import { expKernel, ln2Chunks } from "./exp.js";
import { fastLog } from "./fast.js";
import { roundDD } from "./round.js";

const REL_ERR = 2 ** -95;

let consts: { invLn2: number[]; invLn10: number[] } | null = null;

function init(): NonNullable<typeof consts> {
  const B = 200n;
  const ln2 = ln2Fixed(200);
  fixedToDD((1n << (2n * B)) / ln2, B);
  const invLn2 = [dd.hi, dd.lo];
  // ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9).
  const ln10 = 3n * ln2 + 2n * atanhInv(9n, B);
  fixedToDD((1n << (2n * B)) / ln10, B);
  consts = { invLn2, invLn10: [dd.hi, dd.lo] };
  return consts;
}

/**
 * log(1 + d) into dd, for the double-double d with 1 + d in about [sqrt(1/2), sqrt(2)] and y0 a
 * close guess at the result: with E = exp(-y0) - 1, (1 + d)(1 + E) - 1 = d + E + d E.
 */
export function log1pNear0(dh: number, dl: number, y0: number): void {
  expKernel(-y0, 0, true); // exp(-y0) - 1 (k is 0: |y0| < ln 2 / 2)
  const eh = dd.hi;
  const el = dd.lo;
  mul(dh, dl, eh, el);
  const ph = dd.hi;
  const pl = dd.lo;
  add(dh, dl, eh, el);
  add(dd.hi, dd.lo, ph, pl);
  const d = dd.hi;
  const dlo = dd.lo - (d * d) / 2 + (d * d * d) / 3;
  fastTwoSum(y0, d);
  add(dd.hi, dd.lo, dlo, 0);
}

/** log(mh + ml) into dd, m in about [sqrt(1/2), sqrt(2)]; m - 1 is exact (Sterbenz). */
function logNear1(mh: number, ml: number, y0: number): void {
  log1pNear0(mh - 1, ml, y0);
}

/** log(2^e (mh + ml)) into dd: e ln 2 from exact chunks plus log m. */
function logScaled(e: number, mh: number, ml: number, y0: number): void {
  logNear1(mh, ml, y0);
  if (e === 0) return;
  const lh = dd.hi;
  const ll = dd.lo;
  const c = ln2Chunks();
  twoSum(e * c[0]!, e * c[1]!);
  add(dd.hi, dd.lo, e * c[2]!, 0);
  add(dd.hi, dd.lo, lh, ll);
}

/** Splits x > 0 (finite) as 2^e m with m in [sqrt(1/2), sqrt(2)); returns e, m in split.m. */
const split = { m: 0 };
function splitExp(x: number): number {
  let e = exponentOf(x);
  let m = x < 2 ** -1000 ? x * 2 ** 1000 * 2 ** -(e + 1000) : x * 2 ** -e;
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  split.m = m;
  return e;
}

function special(x: number): number | undefined {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  return undefined;
}

export function finish(): number {
  const r = roundDD(dd.hi, dd.lo, Math.abs(dd.hi) * REL_ERR);
  return Number.isNaN(r) ? dd.hi + dd.lo : r;
}

export function log(x: number): number {
  const s = special(x);
  if (s !== undefined) return s;
  const e = splitExp(x);
  const f = fastLog(e, split.m);
  if (!Number.isNaN(f)) return f;
  logScaled(e, split.m, 0, Math.log(split.m));
  return finish();
}

export function log2(x: number): number {
  const s = special(x);
  if (s !== undefined) return s;
  const e = splitExp(x);
  const c = consts ?? init();
  logNear1(split.m, 0, Math.log(split.m));
  mul(dd.hi, dd.lo, c.invLn2[0]!, c.invLn2[1]!);
  add(e, 0, dd.hi, dd.lo);
  return finish();
}

export function log10(x: number): number {
  const s = special(x);
  if (s !== undefined) return s;
  const e = splitExp(x);
  const c = consts ?? init();
  logScaled(e, split.m, 0, Math.log(split.m));
  mul(dd.hi, dd.lo, c.invLn10[0]!, c.invLn10[1]!);
  return finish();
}

/** log(wh + wl) into dd for a double-double w > 0 (finite); y0 a guess used when w is near 1. */
export function logOfDD(wh: number, wl: number, y0: number): void {
  const e = splitExp(wh);
  if (e === 0) {
    logNear1(wh, wl, y0);
    return;
  }
  const m = split.m;
  logScaled(e, m, wl * (m / wh), Math.log(m));
}

export function log1p(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -1) return -Infinity;
  if (x < -1) return NaN;
  if (x === 0) return x; // keeps the sign of zero
  if (x > -0.29 && x < 0.41) log1pNear0(x, 0, Math.log1p(x));
  else {
    twoSum(1, x);
    logOfDD(dd.hi, dd.lo, Math.log1p(x));
  }
  return finish();
}

/** log(x) as a double-double into dd, for finite x > 0. */
export function logDD(x: number): void {
  const e = splitExp(x);
  logScaled(e, split.m, 0, Math.log(split.m));
}
