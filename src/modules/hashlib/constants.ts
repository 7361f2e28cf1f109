/**
 * The SHA-2 round constants and initial hash values, computed rather than tabulated: FIPS 180-4
 * defines them as the first bits of the fractional parts of the square roots (initial values)
 * and cube roots (round constants) of the first prime numbers.
 */

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) {
    if (primes.every((p) => n % p !== 0)) primes.push(n);
  }
  return primes;
}

/** floor(n^(1/k)) for k = 2 or 3, by Newton's method on BigInt. */
function integerRoot(n: bigint, k: 2n | 3n): bigint {
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (next >= x) return x;
    x = next;
  }
}

/** The first `bits` bits of the fractional part of p^(1/k), for each of the first `count` primes. */
export function fractionalRootBits(count: number, k: 2n | 3n, bits: bigint): bigint[] {
  const mask = (1n << bits) - 1n;
  return firstPrimes(count).map((p) => integerRoot(BigInt(p) << (k * bits), k) & mask);
}

/** Splits 64-bit values into [hi, lo] 32-bit halves, interleaved in one Int32Array. */
export function toHalves(values: bigint[]): Int32Array {
  const out = new Int32Array(values.length * 2);
  values.forEach((v, i) => {
    out[2 * i] = Number(BigInt.asIntN(32, v >> 32n));
    out[2 * i + 1] = Number(BigInt.asIntN(32, v));
  });
  return out;
}
