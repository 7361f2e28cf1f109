/**
 * Hashes of numbers, as Python/pyhash.c and Objects/longobject.c define them (3.11): a number's
 * hash is its value reduced modulo the Mersenne prime P = 2^61 - 1, so equal numbers of
 * different types (1, 1.0, 1+0j, Fraction(1)) hash alike.
 *
 * Representation: a hash is CPython's Py_hash_t, a signed 64-bit integer, returned as a bigint.
 * Where a fast path can prove the result is a safe integer it returns a number (hashSmallInt);
 * callers that mix the two compare with BigInt(h).
 */
import { decompose } from "../format/decimal.js";

/** _PyHASH_BITS and _PyHASH_MODULUS. */
export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF: hash(float('inf')); -hash for -inf. */
export const HASH_INF = 314159n;
/** _PyHASH_IMAG: multiplier of the imaginary part's hash in complex_hash. */
export const HASH_IMAG = 1000003n;

const U64 = (1n << 64n) - 1n;

/** A 64-bit unsigned value as Py_hash_t (signed), mapping the reserved -1 to -2. */
export function toPyHash(u: bigint): bigint {
  const signed = BigInt.asIntN(64, u);
  return signed === -1n ? -2n : signed;
}

/**
 * hash(n) for an int (long_hash): sign × (|n| mod P), with -1 replaced by -2.
 */
export function hashInt(n: bigint): bigint {
  const negative = n < 0n;
  let x = (negative ? -n : n) % HASH_MODULUS;
  if (negative) x = -x;
  return x === -1n ? -2n : x;
}

/**
 * Fast path for an int held as a safe JavaScript integer: |n| < 2^53 < P, so the hash is n
 * itself except that -1 becomes -2.
 */
export function hashSmallInt(n: number): number {
  return n === -1 ? -2 : n;
}

/**
 * _Py_HashPointer: the default object hash from an identity (the object's address in CPython,
 * pyglass's id() value here): rotated right by 4 bits so that aligned addresses spread.
 */
export function hashPointer(id: bigint): bigint {
  const y = BigInt.asUintN(64, id);
  return toPyHash(((y >> 4n) | (y << 60n)) & U64);
}

/**
 * hash(x) for a float (_Py_HashDouble): the exact value m × 2^e reduced mod P, where
 * 2^e ≡ 2^(e mod 61) because 2^61 ≡ 1. Since 3.10 a NaN hashes by the identity of the float
 * object that holds it, so the caller passes that identity.
 */
export function hashFloat(x: number, identity: bigint): bigint {
  if (Number.isNaN(x)) return hashPointer(identity);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  // Integral floats in the safe range hash as the integer they equal.
  if (Number.isSafeInteger(x)) return BigInt(hashSmallInt(x));
  const { mant, exp } = decompose(x);
  const shift = BigInt(((exp % HASH_BITS) + HASH_BITS) % HASH_BITS);
  let h = (mant << shift) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/**
 * hash(z) for a complex (complex_hash): hash(real) + 1000003 × hash(imag) in wrapping unsigned
 * 64-bit arithmetic. NaN parts hash by the complex object's identity.
 */
export function hashComplex(real: number, imag: number, identity: bigint): bigint {
  const hr = hashFloat(real, identity);
  const hi = hashFloat(imag, identity);
  return toPyHash((hr + HASH_IMAG * hi) & U64);
}
