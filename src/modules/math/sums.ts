/**
 * Exactly rounded and carefully compensated sums: fsum (Shewchuk's partials, as math_fsum in
 * Modules/mathmodule.c) and the Euclidean norm behind hypot and dist (vector_norm).
 */
import { newException, E } from "../../objects/exceptions.js";
import { frexp, ldexp } from "./bits.js";

/** fsum over already-converted floats. */
export function fsum(values: readonly number[]): number {
  const partials: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (const raw of values) {
    let x = raw;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const tmp = x;
        x = y;
        y = tmp;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // Either an intermediate overflow or an inf / nan among the summands.
        if (Number.isFinite(xsave)) throw newException(E.OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw newException(E.ValueError, "-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0.0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    // Round half-even correctly when the rest of the partials push past the halfway point.
    if (n > 0 && ((lo < 0.0 && partials[n - 1]! < 0.0) || (lo > 0.0 && partials[n - 1]! > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** Veltkamp split and Dekker product: x*y as hi + lo exactly (dl_split / dl_mul). */
function mulExact(x: number, y: number): [number, number] {
  const tx = x * 134217729.0;
  const xh = tx - (tx - x);
  const xl = x - xh;
  const ty = y * 134217729.0;
  const yh = ty - (ty - y);
  const yl = y - yh;
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

const DBL_MIN = 2.2250738585072014e-308;

/**
 * The Euclidean norm of non-negative finite coordinates whose maximum is `max` (vector_norm):
 * scaled so the largest is in [0.5, 1), squared and summed losslessly, then a square root with
 * one differential correction.
 */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return (
      DBL_MIN *
      vectorNorm(
        vec.map((v) => v / DBL_MIN),
        max / DBL_MIN,
        foundNan,
      )
    );
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i]! * scale;
    const [prHi, prLo] = mulExact(x, x);
    const smHi = csum + prHi;
    const smLo = prHi - (smHi - csum);
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = mulExact(-h, h);
  const smHi = csum + prHi;
  const smLo = prHi - (smHi - csum);
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}
