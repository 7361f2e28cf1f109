/**
 * IEEE 754 binary16, as PyFloat_Pack2 / PyFloat_Unpack2 (Objects/floatobject.c) convert it:
 * round half to even, overflow past the largest finite half is an error, NaNs keep their sign.
 */

/** Rounds a double holding an exact value to the nearest integer, ties to even. */
function roundHalfEven(y: number): number {
  const r = Math.floor(y);
  const diff = y - r;
  if (diff > 0.5) return r + 1;
  if (diff < 0.5) return r;
  return r % 2 === 0 ? r : r + 1;
}

/** The 16 bits of x as a half float, or undefined when x is finite and too large for one. */
export function packHalf(x: number): number | undefined {
  const sign = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && nanIsNegative(x)) ? 0x8000 : 0;
  if (Number.isNaN(x)) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  let bits: number;
  if (a < 2 ** -14) {
    // Subnormal (or zero): units of 2**-24; 1024 of them is the smallest normal, which the
    // encoding gives for free.
    bits = roundHalfEven(a * 2 ** 24);
  } else {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e -= 1;
    else if (2 ** (e + 1) <= a) e += 1;
    // r in [1024, 2048]: the significand with its implicit bit; a carry to 2048 moves into the
    // exponent field by the addition itself.
    const r = roundHalfEven(a * 2 ** (10 - e));
    bits = ((e + 14) << 10) + r;
  }
  if (bits >= 0x7c00) return undefined;
  return sign | bits;
}

export function unpackHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}

const view = new DataView(new ArrayBuffer(8));
function nanIsNegative(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint8(0) & 0x80) !== 0;
}
