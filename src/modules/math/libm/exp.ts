/**
 * exp, expm1 and exp2, correctly rounded. x = k ln2 + j/32 + t with |t| <= 1/64: ln 2 comes in
 * three chunks short enough that k times each is exact (Cody and Waite), exp(j/32) from a
 * double-double table, and exp(t) - 1 from its Taylor series to t^13, the terms past t^7 in plain
 * doubles (they are below 2^-50 relative). The double-double result is good to about 2^-100 and is
 * rounded once (round.ts). Special values follow C99 Annex F: exp(-inf) = 0, exp(inf) = inf, NaN
 * propagates; results past the range are inf or 0 (the caller reports the overflow).
 */
import { expFixed, FIXED_BITS, fixedToDD, ln2Fixed, ratioFixed } from "./big.js";
import { add, dd, div, fastTwoSum, mul } from "./dd.js";
import { fastExp } from "./fast.js";
import { roundDD, roundScaledDD } from "./round.js";

/** Relative error bound of the double-double results here (measured well below 2^-100). */
const REL_ERR = 2 ** -96;

let tables: { ln2: number[]; ln2dd: number[]; inv: number[]; th: Float64Array; tl: Float64Array } | null =
  null;

function init(): NonNullable<typeof tables> {
  // ln 2 in three chunks of 42, 42 and 53 bits: k * chunk is exact for |k| < 2^11.
  const L = ln2Fixed(200);
  const c1 = L >> 158n;
  const c2 = (L >> 116n) - (c1 << 42n);
  const c3 = L - (c1 << 158n) - (c2 << 116n);
  const ln2 = [Number(c1) * 2 ** -42, Number(c2) * 2 ** -84, Number(c3) * 2 ** -200];
  fixedToDD(L, 200n);
  const ln2dd = [dd.hi, dd.lo];
  const th = new Float64Array(25);
  const tl = new Float64Array(25);
  for (let j = -12; j <= 12; j++) {
    fixedToDD(expFixed(ratioFixed(j)), FIXED_BITS);
    th[j + 12] = dd.hi;
    tl[j + 12] = dd.lo;
  }
  // 1/n! for n = 2..7 as double-doubles (inv[2n], inv[2n+1]).
  const inv: number[] = [];
  let fact = 1;
  for (let n = 0; n <= 7; n++) {
    if (n > 0) fact *= n;
    div(1, 0, fact, 0);
    inv.push(dd.hi, dd.lo);
  }
  tables = { ln2, ln2dd, inv, th, tl };
  return tables;
}

// 1/n! for n = 8..13, used in plain double precision.
const C8 = 1 / 40320;
const C9 = 1 / 362880;
const C10 = 1 / 3628800;
const C11 = 1 / 39916800;
const C12 = 1 / 479001600;
const C13 = 1 / 6227020800;

/** exp(t) - 1 for the double-double t (|t| <= 2^-6 + tiny), into dd. */
function expm1Taylor(th: number, tl: number, inv: number[]): void {
  const p = C8 + th * (C9 + th * (C10 + th * (C11 + th * (C12 + th * C13))));
  let qh = p;
  let ql = 0;
  for (let n = 7; n >= 1; n--) {
    mul(th, tl, qh, ql);
    add(inv[2 * n]!, inv[2 * n + 1]!, dd.hi, dd.lo);
    qh = dd.hi;
    ql = dd.lo;
  }
  mul(th, tl, qh, ql);
}

/**
 * exp(xh + xl) = 2^k * (dd.hi + dd.lo), for |xh| <= 746; returns k. |dd| lies in [0.7, 1.42].
 * `minus1` asks for exp(x) - 1 instead when k is 0 (so tiny results keep their precision).
 */
export function expKernel(xh: number, xl: number, minus1: boolean): number {
  const T = tables ?? init();
  // With minus1, arguments up to 0.36 keep k = 0 (the table reaches 12.5/32).
  const k = minus1 && Math.abs(xh) < 0.36 ? 0 : Math.round(xh * Math.LOG2E);
  // r = x - k ln2 in double-double; the first subtraction is exact (the operands are close).
  const r1 = xh - k * T.ln2[0]!;
  fastTwoSum(r1, -k * T.ln2[1]!);
  add(dd.hi, dd.lo, xl - k * T.ln2[2]!, 0);
  const rh = dd.hi;
  const rl = dd.lo;
  const j = Math.round(rh * 32);
  // rh - j/32 is exact: both are on the grid of rh and the difference is below 2^-6.
  fastTwoSum(rh - j / 32, rl);
  expm1Taylor(dd.hi, dd.lo, T.inv);
  const eh = dd.hi;
  const el = dd.lo;
  const bh = T.th[j + 12]!;
  const bl = T.tl[j + 12]!;
  mul(bh, bl, eh, el);
  // exp(r) = b (1 + e) = b + b e; exp(r) - 1 = (b - 1) + b e, exact when j = 0 (b = 1).
  if (minus1 && k === 0) add(bh - 1, bl, dd.hi, dd.lo);
  else add(bh, bl, dd.hi, dd.lo);
  return k;
}

/** exp(x) for a double, correctly rounded; ±inf / 0 beyond the range. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const f = fastExp(x);
  if (!Number.isNaN(f)) return f;
  const k = expKernel(x, 0, false);
  const r = roundScaledDD(dd.hi, dd.lo, Math.abs(dd.hi) * REL_ERR, k);
  return Number.isNaN(r) ? expSlow(x) : r;
}

/** exp2(x) = 2^k exp(f ln 2) with x = k + f, |f| <= 1/2 (the split is exact). */
export function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  const T = tables ?? init();
  const k = Math.round(x);
  const f = x - k;
  mul(f, 0, T.ln2dd[0]!, T.ln2dd[1]!);
  const k2 = expKernel(dd.hi, dd.lo, false);
  const r = roundScaledDD(dd.hi, dd.lo, Math.abs(dd.hi) * REL_ERR, k + k2);
  return Number.isNaN(r) ? scaleOf(dd.hi + dd.lo, k + k2) : r;
}

/** expm1(x), correctly rounded. */
export function expm1(x: number): number {
  if (Number.isNaN(x)) return x;
  // Past 2^60, exp(x) - 1 rounds as exp(x) does (and 2^k alone could overflow).
  if (x > 42) return exp(x);
  // exp(x) < 2^-57 here, so exp(x) - 1 rounds to -1.
  if (x < -40) return -1;
  if (x === 0) return x; // keeps the sign of zero
  const k = expKernel(x, 0, true);
  let hi = dd.hi;
  let lo = dd.lo;
  if (k !== 0) {
    // 2^k (hi + lo) - 1: the scaling is exact, then one more double-double addition.
    add(hi * 2 ** k, lo * 2 ** k, -1, 0);
    hi = dd.hi;
    lo = dd.lo;
  }
  const r = roundDD(hi, lo, Math.abs(hi) * REL_ERR);
  return Number.isNaN(r) ? hi + lo : r;
}

function scaleOf(v: number, k: number): number {
  return v * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2));
}

/** exp(x) when the double-double result was too close to a rounding boundary. */
function expSlow(x: number): number {
  const k = expKernel(x, 0, false);
  return scaleOf(dd.hi + dd.lo, k);
}

/** The tables: ln 2 chunks, exp(j/32) for j = -12..12 (index j + 12). */
export function expTables(): NonNullable<typeof tables> {
  return tables ?? init();
}

/** ln 2 as three chunks (42, 42, 53 bits) for exact products with small integers. */
export function ln2Chunks(): number[] {
  return (tables ?? init()).ln2;
}
