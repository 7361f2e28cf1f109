/**
 * Reduction of a trigonometric argument: x = n pi/2 + r with |r| <= pi/4 (about), r as a
 * double-double to about 2^-104 relative, n mod 4 returned. Below 2^20 pi/2 this is Cody and
 * Waite's: pi/2 cut into 30-bit chunks (n times a chunk is exact), subtracted one after the other
 * until the remaining error is far below r (at most seven chunks: no double below 2^1024 comes
 * closer than 2^-62 to a multiple of pi/2). Beyond that it is Payne and Hanek's: the exact integer
 * mantissa of x times 2/pi to enough bits (BigInt), keeping only the fraction.
 */
import { piFixed } from "./big.js";
import { dd, add, mul } from "./dd.js";

let chunks: number[] | null = null;

function initChunks(): number[] {
  // v = pi/2 * 2^209 has 210 bits: seven chunks of 30, the first worth about 1.57.
  const v = piFixed(209) >> 1n;
  const out: number[] = [];
  for (let i = 0; i < 7; i++) {
    const shift = 210 - 30 * (i + 1);
    const chunk = (v >> BigInt(shift)) & ((1n << 30n) - 1n);
    out.push(Number(chunk) * 2 ** (shift - 209));
  }
  chunks = out;
  return out;
}

/** pi/2 in seven 30-bit chunks (the first about 1.57). */
export function halfPiChunks(): number[] {
  return chunks ?? initChunks();
}

/** Reduces x (finite, |x| > pi/4); r into dd, returns n mod 4. */
export function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1647099.3291652855) return reduceSmall(x);
  return reduceLarge(x);
}

function reduceSmall(x: number): number {
  const c = chunks ?? initChunks();
  const n = Math.round(x * (2 / Math.PI));
  // x - n c0 is exact: both lie on x's grid (or coarser) and their difference is below 1.
  let rh = x - n * c[0]!;
  let rl = 0;
  for (let i = 1; i < 7; i++) {
    add(rh, rl, -n * c[i]!, 0);
    rh = dd.hi;
    rl = dd.lo;
    // After chunk i the error is below n 2^-(30 i + 30); stop once that is 2^-110 of r.
    if (i >= 4 && Math.abs(rh) * 2 ** -110 > Math.abs(n) * 2 ** (-30 * i - 29)) break;
  }
  dd.hi = rh;
  dd.lo = rl;
  return n & 3;
}

const view = new DataView(new ArrayBuffer(8));
const twoOverPiCache = new Map<number, bigint>();

/** floor(2/pi * 2^bits). */
function twoOverPi(bits: number): bigint {
  let v = twoOverPiCache.get(bits);
  if (v === undefined) {
    const p = piFixed(bits + 8);
    v = (1n << BigInt(2 * bits + 9)) / p;
    twoOverPiCache.set(bits, v);
  }
  return v;
}

function reduceLarge(x: number): number {
  view.setFloat64(0, Math.abs(x));
  const b = view.getBigUint64(0);
  const m = (b & ((1n << 52n) - 1n)) | (1n << 52n);
  const e = Number((b >> 52n) & 0x7ffn) - 1075; // |x| = m 2^e, e >= -31 here
  // 2/pi to 2^-(e + 200): the fraction of m 2^e (2/pi) then keeps about 200 good bits.
  const bits = 1200;
  const t = twoOverPi(bits);
  const fracBits = BigInt(bits - e);
  let p = m * t; // |x| (2/pi) * 2^(bits - e)
  const one = 1n << fracBits;
  let n = p >> fracBits;
  p -= n << fracBits;
  if (p >= one >> 1n) {
    p -= one;
    n += 1n;
  }
  // r = frac * pi/2: frac to a double-double, times pi/2 as a double-double.
  const neg = p < 0n;
  const a = neg ? -p : p;
  const len = a.toString(2).length;
  const drop = BigInt(Math.max(0, len - 110));
  const top = a >> drop;
  const hiInt = Number(top);
  const lo = Number(top - BigInt(hiInt));
  const s = 2 ** Number(drop - fracBits);
  const fh = hiInt * s;
  const fl = lo * s;
  mul(fh, fl, HALF_PI_HI, HALF_PI_LO);
  let q = Number(n & 3n);
  if (neg) {
    dd.hi = -dd.hi;
    dd.lo = -dd.lo;
  }
  if (x < 0) {
    dd.hi = -dd.hi;
    dd.lo = -dd.lo;
    q = (4 - q) & 3;
  }
  return q;
}

const HALF_PI_HI = 1.5707963267948966;
const HALF_PI_LO = 6.123233995736766e-17;
