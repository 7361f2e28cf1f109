/**
 * sin, cos and tan, correctly rounded. After the reduction (reduce.ts) r = j/32 + t with
 * |t| <= 1/64; sin and cos of j/32 come from a double-double table (BigInt Taylor series) and
 * sin t, cos t - 1 from their Taylor series (to t^13 and t^14; the terms past t^5 / t^6 in plain
 * doubles), combined by the addition formulas; tan is their double-double quotient.
 * C99 Annex F: sin(±0) = ±0, sin(±inf) = NaN, tan(±0) = ±0, cos(±inf) = NaN.
 */
import { FIXED_BITS, fixedToDD, ratioFixed, sinCosFixed } from "./big.js";
import { add, dd, div, mul } from "./dd.js";
import { fastSinCos } from "./fast.js";
import { reduce } from "./reduce.js";
import { roundDD } from "./round.js";

const REL_ERR = 2 ** -95;
const QUARTER_PI = 0.7853981633974483;

let tables: { sh: Float64Array; sl: Float64Array; ch: Float64Array; cl: Float64Array; inv: number[] } | null =
  null;

function init(): NonNullable<typeof tables> {
  const sh = new Float64Array(27);
  const sl = new Float64Array(27);
  const ch = new Float64Array(27);
  const cl = new Float64Array(27);
  for (let j = 0; j <= 26; j++) {
    const [s, c] = sinCosFixed(ratioFixed(j));
    fixedToDD(s, FIXED_BITS);
    sh[j] = dd.hi;
    sl[j] = dd.lo;
    fixedToDD(c, FIXED_BITS);
    ch[j] = dd.hi;
    cl[j] = dd.lo;
  }
  // 1/n! for n = 0..6 as double-doubles (inv[2n], inv[2n+1]).
  const inv: number[] = [];
  let fact = 1;
  for (let n = 0; n <= 6; n++) {
    if (n > 0) fact *= n;
    div(1, 0, fact, 0);
    inv.push(dd.hi, dd.lo);
  }
  tables = { sh, sl, ch, cl, inv };
  return tables;
}

/** The double-double table of sin and cos at j/32 (j = 0..26). */
export function sinCosTable(): NonNullable<typeof tables> {
  return tables ?? init();
}

/** sin(r) and cos(r) of the double-double r (|r| <= 0.83), into the result registers. */
export const sc = { sh: 0, sl: 0, ch: 0, cl: 0 };

export function sinCosKernel(rh: number, rl: number): void {
  const T = tables ?? init();
  const inv = T.inv;
  const j = Math.round(rh * 32);
  const aj = Math.abs(j);
  // rh - j/32 is exact (same grid, difference below 2^-6).
  add(rh - j / 32, rl, 0, 0);
  const th = dd.hi;
  const tl = dd.lo;
  mul(th, tl, th, tl);
  const uh = dd.hi;
  const ul = dd.lo;
  // sin t = t (1 - u/3! + u^2/5! - ...), the terms from u^3 on in doubles.
  const ps = -1 / 5040 + uh * (1 / 362880 + uh * (-1 / 39916800 + uh * (1 / 6227020800)));
  mul(uh, ul, ps, 0);
  add(inv[10]!, inv[11]!, dd.hi, dd.lo);
  mul(uh, ul, dd.hi, dd.lo);
  add(-inv[6]!, -inv[7]!, dd.hi, dd.lo);
  mul(uh, ul, dd.hi, dd.lo);
  add(1, 0, dd.hi, dd.lo);
  mul(th, tl, dd.hi, dd.lo);
  const sth = dd.hi;
  const stl = dd.lo;
  // cos t - 1 = u (-1/2! + u/4! - u^2/6! + ...), the terms from u^4 on in doubles.
  const pc = 1 / 40320 + uh * (-1 / 3628800 + uh * (1 / 479001600 + uh * (-1 / 87178291200)));
  mul(uh, ul, pc, 0);
  add(-inv[12]!, -inv[13]!, dd.hi, dd.lo);
  mul(uh, ul, dd.hi, dd.lo);
  add(inv[8]!, inv[9]!, dd.hi, dd.lo);
  mul(uh, ul, dd.hi, dd.lo);
  add(-0.5, 0, dd.hi, dd.lo);
  mul(uh, ul, dd.hi, dd.lo);
  const cth = dd.hi;
  const ctl = dd.lo;
  if (j === 0) {
    sc.sh = sth;
    sc.sl = stl;
    add(1, 0, cth, ctl);
    sc.ch = dd.hi;
    sc.cl = dd.lo;
    return;
  }
  const sg = j < 0 ? -1 : 1;
  const ah = sg * T.sh[aj]!;
  const al = sg * T.sl[aj]!;
  const bh = T.ch[aj]!;
  const bl = T.cl[aj]!;
  // sin(a + t) = sin a + (sin a (cos t - 1) + cos a sin t); cos(a + t) likewise.
  mul(ah, al, cth, ctl);
  const p1h = dd.hi;
  const p1l = dd.lo;
  mul(bh, bl, sth, stl);
  add(p1h, p1l, dd.hi, dd.lo);
  add(ah, al, dd.hi, dd.lo);
  sc.sh = dd.hi;
  sc.sl = dd.lo;
  mul(bh, bl, cth, ctl);
  const p2h = dd.hi;
  const p2l = dd.lo;
  mul(ah, al, sth, stl);
  add(p2h, p2l, -dd.hi, -dd.lo);
  add(bh, bl, dd.hi, dd.lo);
  sc.ch = dd.hi;
  sc.cl = dd.lo;
}

/** sin and cos of the finite x into sc. */
export function sinCosOf(x: number): void {
  if (Math.abs(x) <= QUARTER_PI) {
    sinCosKernel(x, 0);
    return;
  }
  const n = reduce(x);
  sinCosKernel(dd.hi, dd.lo);
  const sh = sc.sh;
  const sl = sc.sl;
  const ch = sc.ch;
  const cl = sc.cl;
  if (n === 1) {
    sc.sh = ch;
    sc.sl = cl;
    sc.ch = -sh;
    sc.cl = -sl;
  } else if (n === 2) {
    sc.sh = -sh;
    sc.sl = -sl;
    sc.ch = -ch;
    sc.cl = -cl;
  } else if (n === 3) {
    sc.sh = -ch;
    sc.sl = -cl;
    sc.ch = sh;
    sc.cl = sl;
  }
}

function round(hi: number, lo: number): number {
  const r = roundDD(hi, lo, Math.abs(hi) * REL_ERR);
  return Number.isNaN(r) ? hi + lo : r;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  const err = fastSinCos(x);
  if (err >= 0) {
    const r = roundDD(sc.sh, sc.sl, err);
    if (!Number.isNaN(r)) return r;
  }
  sinCosOf(x);
  return round(sc.sh, sc.sl);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const err = fastSinCos(x);
  if (err >= 0) {
    const r = roundDD(sc.ch, sc.cl, err);
    if (!Number.isNaN(r)) return r;
  }
  sinCosOf(x);
  return round(sc.ch, sc.cl);
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x;
  sinCosOf(x);
  div(sc.sh, sc.sl, sc.ch, sc.cl);
  return round(dd.hi, dd.lo);
}
