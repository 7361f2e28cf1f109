/**
 * Rounding a double-double result to the nearest double, once (Ziv's rounding test). A result
 * hi + lo known to within `err` rounds to one double only if both ends of its error interval do;
 * when they do not, the evaluation was too coarse to decide and the caller recomputes.
 */

/** Marks "too close to a rounding boundary to decide"; callers test with Number.isNaN. */
export const UNDECIDED = NaN;

/** x * 2^k with a single rounding (k may leave the exponent range of 2 ** k). */
export function scale(x: number, k: number): number {
  if (k > 1000) return x * 2 ** 1000 * 2 ** (k - 1000);
  if (k < -1000) return x * 2 ** -1000 * 2 ** (k + 1000);
  return x * 2 ** k;
}

/** The double nearest hi + lo, or UNDECIDED if hi + lo ± err round differently. */
export function roundDD(hi: number, lo: number, err: number): number {
  const a = hi + (lo + err);
  const b = hi + (lo - err);
  return a === b ? a : UNDECIDED;
}

/**
 * The double nearest (hi + lo) * 2^k, or UNDECIDED. Below 2^-1022 the result has fewer than 53
 * bits, so the rounding happens on the subnormal grid, still once.
 */
export function roundScaledDD(hi: number, lo: number, err: number, k: number): number {
  const h = scale(hi, k);
  if (Math.abs(h) >= 2 ** -1021 || h === Infinity || h === -Infinity) {
    const r = roundDD(hi, lo, err);
    return Number.isNaN(r) ? r : scale(r, k);
  }
  // h is hi rounded onto the grid 2^-1074 (scaled); d is what that rounding left out, plus lo.
  const back = scale(h, -k);
  const d = hi - back + lo;
  const g = scale(2 ** -1074, -k);
  const half = g / 2;
  const ad = Math.abs(d);
  if (Math.abs(ad - half) <= err) return UNDECIDED;
  if (ad < half) return h;
  return scale(back + (d > 0 ? g : -g), k);
}
