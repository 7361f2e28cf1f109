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
