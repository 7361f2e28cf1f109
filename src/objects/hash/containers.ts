/**
 * Hashes of immutable containers from their items' hashes. The caller computes the item hashes
 * (which may run Python __hash__ methods and suspend); these functions only combine them.
 */
import { toPyHash } from "./numeric.js";

const U64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/**
 * tuplehash in Objects/tupleobject.c (3.8+): an xxHash64-style accumulation over the item
 * hashes, then the length mixed in so hash(()) keeps its historical value. Incremental form:
 * start with TUPLE_HASH_INIT, fold each item with tupleHashStep, end with tupleHashFinish.
 */
export const TUPLE_HASH_INIT = XXPRIME_5;

export function tupleHashStep(acc: bigint, itemHash: bigint): bigint {
  const lane = BigInt.asUintN(64, itemHash);
  let a = (acc + lane * XXPRIME_2) & U64;
  a = ((a << 31n) | (a >> 33n)) & U64;
  return (a * XXPRIME_1) & U64;
}

export function tupleHashFinish(acc: bigint, length: number): bigint {
  const a = (acc + (BigInt(length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  if (a === U64) return 1546275796n;
  return BigInt.asIntN(64, a);
}

export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = TUPLE_HASH_INIT;
  for (const h of itemHashes) acc = tupleHashStep(acc, h);
  return tupleHashFinish(acc, itemHashes.length);
}

// The same tuplehash on 64-bit values held as two unsigned 32-bit halves in JavaScript numbers
// (BigInt arithmetic costs far more than the hash itself). mul64 leaves its result in mulHi/mulLo.
let mulHi = 0;
let mulLo = 0;
const TWO32 = 4294967296;

/** (ah:al) * (bh:bl) modulo 2^64. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2^33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2^33
  mulLo = low >>> 0;
  const carry = Math.floor(low / TWO32);
  mulHi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

const P1_HI = Number(XXPRIME_1 >> 32n);
const P1_LO = Number(XXPRIME_1 & 0xffffffffn);
const P2_HI = Number(XXPRIME_2 >> 32n);
const P2_LO = Number(XXPRIME_2 & 0xffffffffn);
const INIT_HI = Number(XXPRIME_5 >> 32n);
const INIT_LO = Number(XXPRIME_5 & 0xffffffffn);
const LEN_MIX = XXPRIME_5 ^ 3527539n;
const LEN_MIX_HI = Number(LEN_MIX >> 32n);
const LEN_MIX_LO = Number(LEN_MIX & 0xffffffffn);

/**
 * hashTuple over item hashes given as Py_hash_t values (number or bigint), returning the
 * Py_hash_t as a number when it is a safe integer, else a bigint (the form of normalised hashes).
 */
export function hashTupleOf(itemHashes: readonly (number | bigint)[]): number | bigint {
  let hi = INIT_HI;
  let lo = INIT_LO;
  for (let i = 0; i < itemHashes.length; i++) {
    const h = itemHashes[i]!;
    let lh: number;
    let ll: number;
    if (typeof h === "number") {
      lh = Math.floor(h / TWO32) >>> 0;
      ll = h >>> 0;
    } else {
      lh = Number((h >> 32n) & 0xffffffffn);
      ll = Number(h & 0xffffffffn);
    }
    // acc += lane * XXPRIME_2
    mul64(lh, ll, P2_HI, P2_LO);
    const sum = lo + mulLo;
    lo = sum >>> 0;
    hi = (hi + mulHi + (sum >= TWO32 ? 1 : 0)) >>> 0;
    // acc = rotate left by 31
    const rh = ((hi << 31) | (lo >>> 1)) >>> 0;
    const rl = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= XXPRIME_1
    mul64(rh, rl, P1_HI, P1_LO);
    hi = mulHi;
    lo = mulLo;
  }
  // acc += length ^ (XXPRIME_5 ^ 3527539)
  const n = itemHashes.length;
  const xl = ((n % TWO32) ^ LEN_MIX_LO) >>> 0;
  const xh = (Math.floor(n / TWO32) ^ LEN_MIX_HI) >>> 0;
  const sum = lo + xl;
  lo = sum >>> 0;
  hi = (hi + xh + (sum >= TWO32 ? 1 : 0)) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  const signedHi = hi >= 0x80000000 ? hi - TWO32 : hi;
  const v = signedHi * TWO32 + lo;
  if (Number.isSafeInteger(v)) return v;
  return (BigInt(signedHi) << 32n) + BigInt(lo);
}

/** _shuffle_bits in Objects/setobject.c: spreads an entry's hash before it is xor-ed in. */
function shuffleBits(h: bigint): bigint {
  const u = BigInt.asUintN(64, h);
  return ((u ^ 89869747n ^ (u << 16n)) * 3644798167n) & U64;
}

/**
 * frozenset_hash in Objects/setobject.c: the xor of the shuffled hashes of the members (so the
 * order does not matter), mixed with the size and dispersed. CPython also folds in the empty and
 * dummy slots of its table and then cancels them out; the result depends only on the members.
 */
export function hashFrozenset(memberHashes: readonly bigint[]): bigint {
  let h = 0n;
  for (const m of memberHashes) h ^= shuffleBits(m);
  h ^= ((BigInt(memberHashes.length) + 1n) * 1927868237n) & U64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & U64;
  if (h === U64) h = 590923713n;
  return toPyHash(h);
}
