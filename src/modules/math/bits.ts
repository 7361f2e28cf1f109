/**
 * Bit-level float helpers C's libm provides and JavaScript lacks: frexp, ldexp, nextafter.
 */
const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1; zeros, infinities and NaN come back with e = 0. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let y = x;
  if (Math.abs(y) < 2 ** -1022) {
    y *= 2 ** 64;
    e = -64;
  }
  const b = bitsOf(y);
  const biased = Number((b >> 52n) & 0x7ffn);
  e += biased - 1022;
  const m = fromBits((b & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

/** ldexp: x * 2**e rounded once, as C's ldexp (subnormal results round to nearest even). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const target = ex + e;
  if (target > 1024) return x > 0 ? Infinity : -Infinity;
  if (target >= -1021) {
    // Normal: two exact scalings keep every intermediate in range.
    const half = Math.trunc(target / 2);
    return m * 2 ** half * 2 ** (target - half);
  }
  if (target + 1021 < -1074) return x > 0 ? 0 : -0;
  // m * 2**-1021 is exact and normal; the last multiplication is the only rounding.
  return m * 2 ** -1021 * 2 ** (target + 1021);
}

/** nextafter(x, y): the next double after x toward y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  const b = bitsOf(x);
  const up = y > x === x > 0;
  return fromBits(up ? b + 1n : b - 1n);
}

/** ulp(x): the value of the least significant bit of x. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const next = nextafter(a, Infinity);
  if (next === Infinity) return a - nextafter(a, 0);
  return next - a;
}
