/**
 * Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2, about 106 bits. The
 * error-free transformations are Knuth's two-sum and Dekker's product with Veltkamp's splitting
 * (no fused multiply-add in JavaScript). Results go to the shared register `dd` instead of a new
 * array, so the hot paths of the libm allocate nothing; callers copy dd.hi / dd.lo at once.
 * Operands of mul/div/sqrt must stay below 2^995 in magnitude (the split multiplies by 2^27 + 1).
 */
export const dd = { hi: 0, lo: 0 };

const SPLIT = 134217729; // 2^27 + 1

/** a + b exactly as dd. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const v = s - a;
  dd.hi = s;
  dd.lo = a - (s - v) + (b - v);
}

/** a + b exactly as dd, when |a| >= |b| or a === 0. */
export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  dd.hi = s;
  dd.lo = b - (s - a);
}

/** a * b exactly as dd (barring underflow). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.hi = p;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (ah + al) + (bh + bl), relative error about 2^-105. */
export function add(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = al - (t - v) + (bl - v);
  e += t;
  const h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  dd.hi = s;
  dd.lo = e - (s - h);
}

/** (ah + al) * (bh + bl), relative error about 2^-104. */
export function mul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLIT * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLIT * bh;
  const b1 = t - (t - bh);
  const b2 = bh - b1;
  const e = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2 + (ah * bl + al * bh);
  const s = p + e;
  dd.hi = s;
  dd.lo = e - (s - p);
}

/** (ah + al) * b for a double b. */
export function mulD(ah: number, al: number, b: number): void {
  mul(ah, al, b, 0);
}

/** (ah + al) / (bh + bl), relative error about 2^-104: three quotient digits (long division). */
export function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mul(bh, bl, q1, 0);
  add(ah, al, -dd.hi, -dd.lo);
  const rh = dd.hi;
  const rl = dd.lo;
  const q2 = rh / bh;
  mul(bh, bl, q2, 0);
  add(rh, rl, -dd.hi, -dd.lo);
  const q3 = dd.hi / bh;
  fastTwoSum(q1, q2);
  add(dd.hi, dd.lo, q3, 0);
}

/** sqrt(ah + al) for ah > 0, relative error about 2^-104. */
export function sqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const e = (ah - dd.hi - dd.lo + al) / (2 * s);
  const h = s + e;
  dd.hi = h;
  dd.lo = e - (h - s);
}
