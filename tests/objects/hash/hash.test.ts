import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { hashFrozenset, hashTuple } from "../../../src/objects/hash/containers.js";
import {
  hashComplex,
  hashFloat,
  hashInt,
  hashPointer,
  hashSmallInt,
} from "../../../src/objects/hash/numeric.js";
import { hashSecretFromSeed } from "../../../src/objects/hash/secret.js";
import { hashBytes, hashStr } from "../../../src/objects/hash/str.js";
import { askPython, floatBits, PY_FROM_BITS } from "../python-oracle.js";

const doubleArb = fc.oneof(
  fc.double({ noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer().map((n) => n / 64),
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    2 ** 61,
    2 ** 61 - 1,
    -(2 ** 61),
    2 ** 64,
    1e300,
    5e-324,
    Infinity,
    -Infinity,
  ),
);

test("hash(int) equals python3", () => {
  const cases = fc.sample(
    fc.oneof(
      fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }),
      fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
      fc.constantFrom(
        -1n,
        -2n,
        0n,
        2n ** 61n - 1n,
        2n ** 61n - 2n,
        -(2n ** 61n) + 1n,
        -(2n ** 61n),
        2n ** 61n,
      ),
    ),
    { numRuns: 3000, seed: 1 },
  );
  const expected = askPython(
    "print(json.dumps([str(hash(int(n))) for n in data]))",
    cases.map(String),
  ) as string[];
  cases.forEach((n, i) => assert.equal(hashInt(n).toString(), expected[i], `hash(${n})`));
  for (const n of [0, 1, -1, -2, 2 ** 53 - 1, -(2 ** 53 - 1)])
    assert.equal(hashSmallInt(n), Number(hashInt(BigInt(n))));
});

test("hash(float) and hash(complex) equal python3", () => {
  const cases = fc.sample(fc.tuple(doubleArb, doubleArb), { numRuns: 3000, seed: 2 });
  const expected = askPython(
    `${PY_FROM_BITS}print(json.dumps([[str(hash(from_bits(a))), str(hash(complex(from_bits(a), from_bits(b))))] for a, b in data]))`,
    cases.map(([a, b]) => [floatBits(a), floatBits(b)]),
  ) as [string, string][];
  cases.forEach(([a, b], i) => {
    assert.equal(hashFloat(a, 0n).toString(), expected[i]![0], `hash(${a})`);
    assert.equal(hashComplex(a, b, 0n).toString(), expected[i]![1], `hash(complex(${a}, ${b}))`);
  });
});

test("NaN and plain objects hash by identity (_Py_HashPointer)", () => {
  const rows = askPython(
    `nan = float('nan')
objs = [object() for _ in range(50)] + [nan, complex(nan, 1)]
print(json.dumps([[str(id(o)), str(hash(o))] for o in objs]))`,
    null,
  ) as [string, string][];
  assert.equal(rows.length, 52);
  for (const [id, h] of rows.slice(0, 50)) assert.equal(hashPointer(BigInt(id)).toString(), h);
  assert.equal(hashFloat(NaN, BigInt(rows[50]![0])).toString(), rows[50]![1]);
  assert.equal(hashComplex(NaN, 1, BigInt(rows[51]![0])).toString(), rows[51]![1]);
});

/** Code points as numbers so the same Python string is rebuilt exactly on both sides. */
const codePointsArb = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0, max: 0xff }),
    fc.integer({ min: 0, max: 0xffff }),
    fc.integer({ min: 0, max: 0x10ffff }),
  ),
  { maxLength: 24 },
);

/** A JS string for these code points, or null when JS cannot tell it apart (two surrogates in a row). */
function jsString(cps: number[]): string | null {
  for (let i = 0; i + 1 < cps.length; i++) {
    if (cps[i]! >= 0xd800 && cps[i]! < 0xdc00 && cps[i + 1]! >= 0xdc00 && cps[i + 1]! < 0xe000) return null;
  }
  return cps.map((c) => String.fromCodePoint(c)).join("");
}

for (const seed of ["0", "1", "42", "4294967295", "123456789"]) {
  test(`hash(str) and hash(bytes) equal python3 with PYTHONHASHSEED=${seed}`, () => {
    const strs = fc
      .sample(codePointsArb, { numRuns: 1500, seed: 3 })
      .filter((cps) => jsString(cps) !== null)
      .concat([[], [0xe9], [0x100], [0x1f600], [0xd800], [0x61, 0xdfff], [0x10ffff, 0x41]]);
    const bytes = fc.sample(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }), {
      numRuns: 1000,
      seed: 4,
    });
    const expected = askPython(
      "print(json.dumps([[str(hash(''.join(map(chr, s)))) for s in data[0]], [str(hash(bytes(b))) for b in data[1]]]))",
      [strs, bytes],
      { PYTHONHASHSEED: seed },
    ) as [string[], string[]];
    const secret = hashSecretFromSeed(Number(seed));
    strs.forEach((cps, i) =>
      assert.equal(hashStr(jsString(cps)!, secret).toString(), expected[0][i], `hash of ${cps}`),
    );
    bytes.forEach((b, i) =>
      assert.equal(hashBytes(Uint8Array.from(b), secret).toString(), expected[1][i], `hash of b${b}`),
    );
  });
}

test("hash(tuple) and hash(frozenset) of ints and strs equal python3", () => {
  const items = fc.array(
    fc.oneof(
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => ({ int: n.toString() })),
      fc.string({ maxLength: 5 }).map((s) => ({ str: s })),
    ),
    { maxLength: 10 },
  );
  const cases = fc.sample(items, { numRuns: 1500, seed: 5 });
  const expected = askPython(
    `def val(o):
    return int(o['int']) if 'int' in o else o['str']
print(json.dumps([[str(hash(tuple(map(val, c)))), str(hash(frozenset(map(val, c))))] for c in data]))`,
    cases,
  ) as [string, string][];
  const itemHash = (o: { int?: string; str?: string }): bigint =>
    o.int !== undefined ? hashInt(BigInt(o.int)) : hashStr(o.str!);
  cases.forEach((c, i) => {
    assert.equal(hashTuple(c.map(itemHash)).toString(), expected[i]![0], `tuple ${JSON.stringify(c)}`);
    const distinct = [...new Map(c.map((o) => [JSON.stringify(o), itemHash(o)])).values()];
    assert.equal(hashFrozenset(distinct).toString(), expected[i]![1], `frozenset ${JSON.stringify(c)}`);
  });
  // Nested: a tuple holding a tuple and a frozenset.
  const nested = askPython("print(json.dumps(str(hash((1, (2, 'a'), frozenset({3, frozenset()}))))))", null);
  const inner = hashTuple([2n, hashStr("a")]);
  const fs = hashFrozenset([3n, hashFrozenset([])]);
  assert.equal(hashTuple([1n, inner, fs]).toString(), nested);
});
