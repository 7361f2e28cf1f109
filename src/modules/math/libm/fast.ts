/**
 * Fast paths of sin, cos and exp: the same reductions and tables as the double-double paths, but
 * only the leading products kept exact (two-product, two-sum) and every correction term in plain
 * doubles, for a result good to about 2^-62. Ziv's rounding test (round.ts) then decides nearly
 * every argument; the few it cannot (about 1 in 200) go on to the double-double evaluation.
 */
import { dd, fastTwoSum, twoProd, twoSum } from "./dd.js";
import { expTables } from "./exp.js";
import { halfPiChunks } from "./reduce.js";
import { roundScaledDD } from "./round.js";
import { sc, sinCosTable } from "./trig.js";

const QUARTER_PI = 0.7853981633974483;
/** 2^20 pi/2: below it three chunks of pi/2 leave an error under 2^-68. */
const FAST_REDUCE_LIMIT = 1647099.3291652855;
/** Absolute error of the kernel below (terms of order 2^-13 rounded in doubles, summed). */
const KERNEL_ERR = 2 ** -62;

/**
 * sin x and cos x into sc as unnormalized double-doubles, returning a bound on their absolute
 * error, or -1 when x is beyond the fast reduction.
 */
export function fastSinCos(x: number): number {
  let n = 0;
  let rh = x;
  let rl = 0;
  let err = KERNEL_ERR;
  if (Math.abs(x) > QUARTER_PI) {
    if (Math.abs(x) >= FAST_REDUCE_LIMIT) return -1;
    const c = halfPiChunks();
    n = Math.round(x * (2 / Math.PI));
    // x - n c0 is exact (reduce.ts); n c1 and n c2 are exact products.
    twoSum(x - n * c[0]!, -n * c[1]!);
    // Renormalized, so rl stays below 2^-53 and its products with t^2 vanish.
    fastTwoSum(dd.hi, dd.lo - n * c[2]!);
    rh = dd.hi;
    rl = dd.lo;
    err += Math.abs(n) * 2 ** -88;
  }
  const T = sinCosTable();
  const j = Math.round(rh * 32);
  const t = rh - j / 32; // exact
  const t2 = t * t;
  // sin t - t and cos t - 1 to t^9 and t^8 (the next terms are below 2^-72).
  const sm = t * t2 * (-1 / 6 + t2 * (1 / 120 + t2 * (-1 / 5040 + t2 * (1 / 362880))));
  const cm = t2 * (-0.5 + t2 * (1 / 24 + t2 * (-1 / 720 + t2 * (1 / 40320))));
  // With u = t + rl: sin u - t = rl + sm and cos u - 1 = cm - rl t, to within rl t^2 < 2^-65.
  const stl = rl + sm;
  let sh: number;
  let sl: number;
  let ch: number;
  let cl: number;
  if (j === 0) {
    fastTwoSum(t, stl);
    sh = dd.hi;
    sl = dd.lo;
    fastTwoSum(1, cm - rl * t);
    ch = dd.hi;
    cl = dd.lo;
    // Without a reduction every term is relative to t: the bound can be relative too.
    if (n === 0) err = Math.min(err, Math.abs(t) * 2 ** -60);
  } else {
    const aj = j < 0 ? -j : j;
    const sg = j < 0 ? -1 : 1;
    const Sh = sg * T.sh[aj]!;
    const Sl = sg * T.sl[aj]!;
    const Ch = T.ch[aj]!;
    const Cl = T.cl[aj]!;
    // sin(a + t) = S + C t + (S (cos t - 1) + C (sin t - t)); cos(a + t) = C - S t + ...
    twoProd(Ch, t);
    let p = dd.hi;
    let pe = dd.lo;
    twoSum(Sh, p);
    sh = dd.hi;
    sl = dd.lo + (pe + Sl + Cl * t + Ch * stl + Sh * (cm - rl * t));
    twoProd(Sh, t);
    p = dd.hi;
    pe = dd.lo;
    twoSum(Ch, -p);
    ch = dd.hi;
    cl = dd.lo + (-pe + Cl - Sl * t - Sh * stl + Ch * (cm - rl * t));
  }
  switch (n & 3) {
    case 0:
      sc.sh = sh;
      sc.sl = sl;
      sc.ch = ch;
      sc.cl = cl;
      break;
    case 1:
      sc.sh = ch;
      sc.sl = cl;
      sc.ch = -sh;
      sc.cl = -sl;
      break;
    case 2:
      sc.sh = -sh;
      sc.sl = -sl;
      sc.ch = -ch;
      sc.cl = -cl;
      break;
    default:
      sc.sh = -ch;
      sc.sl = -cl;
      sc.ch = sh;
      sc.cl = sl;
  }
  return err;
}

/** exp(t) - 1 - t for |t| <= 1/64, to t^9 (the next term is below 2^-72). */
function expm1MinusT(t: number): number {
  return (
    t *
    t *
    (0.5 +
      t *
        (1 / 6 +
          t * (1 / 24 + t * (1 / 120 + t * (1 / 720 + t * (1 / 5040 + t * (1 / 40320 + t / 362880)))))))
  );
}

/** exp(x) rounded, for -745.2 <= x <= 709.8, or NaN when the fast result cannot decide. */
export function fastExp(x: number): number {
  const T = expTables();
  const k = Math.round(x * Math.LOG2E);
  twoSum(x - k * T.ln2[0]!, -k * T.ln2[1]!);
  const rh = dd.hi;
  const rl = dd.lo - k * T.ln2[2]!;
  const j = Math.round(rh * 32);
  const t = rh - j / 32; // exact
  const q = expm1MinusT(t);
  const bh = T.th[j + 12]!;
  const bl = T.tl[j + 12]!;
  // exp(r) = b (1 + t + q + rl (1 + t)) = b + b t + (b (q + rl + rl t) + bl (1 + t)).
  twoProd(bh, t);
  const p = dd.hi;
  const pe = dd.lo;
  twoSum(bh, p);
  const h = dd.hi;
  fastTwoSum(h, dd.lo + (pe + bh * (q + rl + rl * t) + bl + bl * t));
  return roundScaledDD(dd.hi, dd.lo, Math.abs(dd.hi) * 2 ** -62, k);
}

/**
 * log(2^e m) rounded, for m in [sqrt(1/2), sqrt(2)], or NaN when undecided: the Newton step of
 * log.ts with exp(-y0) - 1 from the fast exp formula, e ln 2 from the exact chunks.
 */
export function fastLog(e: number, m: number): number {
  const T = expTables();
  const y0 = Math.log(m);
  const u = -y0;
  const j = Math.round(u * 32);
  const t = u - j / 32; // exact
  const q = expm1MinusT(t);
  const bh = T.th[j + 12]!;
  const bl = T.tl[j + 12]!;
  // E = exp(u) - 1 = (b - 1) + b t + (b q + bl (1 + t)); b - 1 is exact (Sterbenz).
  twoProd(bh, t);
  const pe = dd.lo;
  twoSum(bh - 1, dd.hi);
  const e1 = dd.hi;
  const e2 = dd.lo + (pe + bh * q + bl + bl * t);
  // d = m (1 + E) - 1 = (m - 1) + m E, |d| about 2^-52 |y0|; log m = y0 + d (d^2 is below 2^-100).
  twoProd(m, e1);
  const pe2 = dd.lo;
  twoSum(m - 1, dd.hi);
  const d = dd.hi + (dd.lo + pe2 + m * e2);
  let h: number;
  let l: number;
  if (e === 0) {
    fastTwoSum(y0, d);
    h = dd.hi;
    l = dd.lo;
  } else {
    const c = T.ln2;
    twoSum(e * c[0]!, y0);
    h = dd.hi;
    l = dd.lo + (e * c[1]! + e * c[2]! + d);
  }
  const err = Math.abs(h) * 2 ** -60 + (j === 0 ? 0 : 2 ** -64);
  const a = h + (l + err);
  return a === h + (l - err) ? a : NaN;
}

/**
 * atan2(y, x) rounded for scaled y, x (near 1), or NaN when undecided: the Newton step of
 * atan.ts, with sin and cos of y0 from fastSinCos and the numerator from exact products.
 */
export function fastAtan2(y: number, x: number): number {
  const y0 = Math.atan2(y, x);
  if (fastSinCos(y0) < 0) return NaN;
  twoProd(y, sc.ch);
  const p1 = dd.hi;
  const e1 = dd.lo;
  twoProd(x, sc.sh);
  const p2 = dd.hi;
  const e2 = dd.lo;
  // p1 - p2 cancels exactly (they agree to about 52 bits).
  const num = p1 - p2 + (e1 - e2 + y * sc.cl - x * sc.sl);
  const den = x * sc.ch + y * sc.sh;
  fastTwoSum(y0, num / den);
  const err = Math.abs(dd.hi) * 2 ** -58;
  const a = dd.hi + (dd.lo + err);
  return a === dd.hi + (dd.lo - err) ? a : NaN;
}
