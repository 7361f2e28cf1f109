import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { hashTuple, hashTupleOf } from "../../../src/objects/hash/containers.js";

// hashTupleOf computes tuplehash on 32-bit halves; hashTuple (BigInt, checked against python3
// in hash.test.ts) is the reference. Item hashes come in both normalised forms: a number when
// safe, a bigint otherwise.
const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
const itemHash = fc.oneof(
  int64,
  fc.integer({ min: -1000, max: 1000 }).map((n) => BigInt(n)),
  fc.constantFrom(
    0n,
    -2n,
    1n,
    (1n << 63n) - 1n,
    -(1n << 63n),
    (1n << 53n) - 1n,
    -(1n << 53n) + 1n,
    1n << 53n,
  ),
);

function normalised(h: bigint): number | bigint {
  return h >= -(2n ** 53n - 1n) && h <= 2n ** 53n - 1n ? Number(h) : h;
}

test("hashTupleOf equals hashTuple for any item hashes, in either form", () => {
  fc.assert(
    fc.property(fc.array(itemHash, { maxLength: 12 }), (hs) => {
      const expected = normalised(hashTuple(hs));
      assert.equal(hashTupleOf(hs.map(normalised)), expected);
      assert.equal(hashTupleOf(hs), expected);
    }),
    { numRuns: 2000 },
  );
});

test("hashTupleOf of the empty tuple and of small ints (values python3 prints)", () => {
  // hash(()) and hash((1, 2)) under CPython 3.11 on 64-bit platforms.
  assert.equal(hashTupleOf([]), normalised(5740354900026072187n));
  assert.equal(hashTupleOf([1, 2]), normalised(-3550055125485641917n));
});
