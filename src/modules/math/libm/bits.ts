/**
 * The binary exponent of a double without BigInt: floor(log2 |x|) from the exponent field read
 * through a Float64Array / Uint32Array pair (which half is the high word depends on endianness).
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
f64[0] = 1;
const HI = u32[1] === 0x3ff00000 ? 1 : 0;

/** floor(log2 |x|) for finite x !== 0, subnormals included. */
export function exponentOf(x: number): number {
  f64[0] = x;
  const e = (u32[HI]! >>> 20) & 0x7ff;
  if (e !== 0) return e - 1023;
  f64[0] = x * 2 ** 64;
  return ((u32[HI]! >>> 20) & 0x7ff) - 1023 - 64;
}
