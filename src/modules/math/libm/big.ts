/**
 * Constants for the libm computed with BigInt fixed-point arithmetic when first needed: pi (from
 * Machin's formula pi/4 = 4 atan(1/5) - atan(1/239)), ln 2 (2 atanh(1/3)), and exp, sin, cos at
 * points of the form j/32 (Taylor series). They are exact to far more bits than a double-double
 * holds, and are rounded to double-doubles or cut into chunks by the files that use them.
 */
import { dd } from "./dd.js";

/** atan(1/n) * 2^bits, alternating series. */
function atanInv(n: bigint, bits: bigint): bigint {
  let power = (1n << bits) / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    sum += k % 2n === 0n ? term : -term;
    power /= n2;
  }
  return sum;
}

const piCache = new Map<number, bigint>();

/** floor-ish(pi * 2^bits), accurate to a few units in the last place. */
export function piFixed(bits: number): bigint {
  let v = piCache.get(bits);
  if (v === undefined) {
    const guard = 16n;
    const b = BigInt(bits) + guard;
    v = (16n * atanInv(5n, b) - 4n * atanInv(239n, b)) >> guard;
    piCache.set(bits, v);
  }
  return v;
}

/** ln 2 * 2^bits = 2 atanh(1/3) * 2^bits. */
export function ln2Fixed(bits: number): bigint {
  const guard = 16n;
  const b = BigInt(bits) + guard;
  let power = (1n << b) / 3n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power /= 9n;
  }
  return (2n * sum) >> guard;
}

const F = 200n; // fraction bits of the fixed-point series below

/** exp(x), sin(x) and cos(x) * 2^F for x = num * 2^-F (|x| <= 1), by their Taylor series. */
export function expFixed(x: bigint): bigint {
  const one = 1n << F;
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / (n << F);
    sum += term;
  }
  return sum;
}

export function sinCosFixed(x: bigint): [bigint, bigint] {
  const one = 1n << F;
  let term = one;
  let s = 0n;
  let c = 0n;
  for (let n = 0n; term !== 0n; n++) {
    const k = n % 4n;
    if (k === 0n) c += term;
    else if (k === 1n) s += term;
    else if (k === 2n) c -= term;
    else s -= term;
    term = (term * x) / ((n + 1n) << F);
  }
  return [s, c];
}

/** The fixed-point value v * 2^-bits as a double-double, into dd. */
export function fixedToDD(v: bigint, bits: bigint): void {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const len = a.toString(2).length;
  // Keep 160 significant bits so Number() sees a short integer; the rest is far below lo.
  const drop = BigInt(Math.max(0, len - 160));
  const top = a >> drop;
  const hiInt = Number(top);
  const rest = top - BigInt(hiInt);
  const sc = drop - bits;
  const hi = hiInt * 2 ** Number(sc);
  const lo = Number(rest) * 2 ** Number(sc);
  dd.hi = neg ? -hi : hi;
  dd.lo = neg ? -lo : lo;
}

/** x = num / 32 in fixed point with F fraction bits. */
export function ratioFixed(num: number): bigint {
  return (BigInt(num) << F) / 32n;
}

export const FIXED_BITS = F;

/** atanh(1/n) * 2^bits. */
export function atanhInv(n: bigint, bits: bigint): bigint {
  let power = (1n << bits) / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power /= n2;
  }
  return sum;
}
