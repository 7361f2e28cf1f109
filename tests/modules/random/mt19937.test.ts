import assert from "node:assert/strict";
import { test } from "node:test";
import { MersenneTwister } from "../../../src/modules/random/mt19937.js";
import { PyErrorCarrier } from "../../../src/objects/error-carrier.js";
import { hashFloat } from "../../../src/objects/hash/numeric.js";
import { askPython, floatBits } from "../../objects/python-oracle.js";

/** Seeds as python3 sees them: an int, a float, a str, bytes or a bytearray. */
type Seed =
  { int: string } | { float: number } | { str: string } | { bytes: number[] } | { bytearray: number[] };

const SEEDS: Seed[] = [
  { int: "0" },
  { int: "1" },
  { int: "42" },
  { int: "-5" },
  { int: "4294967295" },
  { int: "4294967296" },
  { int: String(2n ** 100n + 7n) },
  { int: String(-(10n ** 300n)) },
  { int: String(3n ** 2000n) },
  { int: "-1" },
  { float: 1.5 },
  { float: -0.25 },
  { str: "" },
  { str: "hello" },
  { str: "héllo 😀" },
  { bytes: [] },
  { bytes: [0, 255, 1, 254] },
  { bytes: Array.from({ length: 300 }, (_, i) => (i * 7) & 255) },
  { bytearray: [1, 2, 3] },
  { str: "a".repeat(1000) },
];

function seeded(seed: Seed): MersenneTwister {
  const mt = new MersenneTwister();
  if ("int" in seed) mt.seedInt(BigInt(seed.int));
  else if ("float" in seed) mt.seedHash(hashFloat(seed.float, 0n));
  else if ("str" in seed) mt.seedBytes(new TextEncoder().encode(seed.str));
  else if ("bytes" in seed) mt.seedBytes(Uint8Array.from(seed.bytes));
  else mt.seedBytes(Uint8Array.from(seed.bytearray));
  return mt;
}

const KS = [1, 5, 31, 32, 33, 63, 64, 65, 100, 1000];

test("random() and getrandbits(k) equal python3 for 20 seeds", () => {
  const expected = askPython(
    `import random, struct
def make(s):
    if 'int' in s: return random.Random(int(s['int']))
    if 'float' in s: return random.Random(s['float'])
    if 'str' in s: return random.Random(s['str'])
    if 'bytes' in s: return random.Random(bytes(s['bytes']))
    return random.Random(bytearray(s['bytearray']))
out = []
for s in data:
    r = make(s)
    floats = [struct.pack('>d', r.random()).hex() for _ in range(1000)]
    r = make(s)
    bits = [str(r.getrandbits(${JSON.stringify(KS)}[i % ${KS.length}])) for i in range(1000)]
    out.append([floats, bits, [str(x) for x in r.getstate()[1]]])
print(json.dumps(out))`,
    SEEDS,
  ) as [string[], string[], string[]][];
  let compared = 0;
  SEEDS.forEach((seed, s) => {
    const mt = seeded(seed);
    for (let i = 0; i < 1000; i++, compared++) {
      assert.equal(floatBits(mt.random()), expected[s]![0][i], `seed ${JSON.stringify(seed)} random #${i}`);
    }
    const mt2 = seeded(seed);
    for (let i = 0; i < 1000; i++, compared++) {
      assert.equal(mt2.getrandbits(KS[i % KS.length]!).toString(), expected[s]![1][i], `getrandbits #${i}`);
    }
    assert.deepEqual(mt2.getState().map(String), expected[s]![2], "getstate after the getrandbits calls");
  });
  assert.equal(compared, 40000);
});

test("setstate takes python3's state and continues the same stream", () => {
  const [state, next] = askPython(
    `import random
r = random.Random(2024)
for _ in range(700): r.random()
st = r.getstate()[1]
print(json.dumps([[str(x) for x in st], [str(r.getrandbits(64)) for _ in range(700)]]))`,
    null,
  ) as [string[], string[]];
  const mt = new MersenneTwister();
  mt.setState(state.map(BigInt));
  for (const n of next) assert.equal(mt.getrandbits(64).toString(), n);
});

test("errors as CPython words them", () => {
  const mt = new MersenneTwister();
  mt.seedInt(1n);
  const err = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof PyErrorCarrier) return `${e.pyType}: ${e.pyMessage}`;
      throw e;
    }
    return "no error";
  };
  const zeros = (index: bigint): bigint[] => [...Array.from({ length: 624 }, () => 0n), index];
  const expected = askPython(
    `import random
def err(f):
    try:
        f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"
r = random.Random(1)
z = lambda i: tuple([0] * 624 + [i])
print(json.dumps([
    err(lambda: r.getrandbits(-1)),
    err(lambda: r.setstate((3, (1, 2), None))),
    err(lambda: r.setstate((3, z(625), None))),
    err(lambda: r.setstate((3, z(-1), None))),
    err(lambda: r.setstate((3, (-1,) + z(5)[1:], None))),
    err(lambda: r.setstate((3, (2 ** 64,) + z(5)[1:], None))),
    err(lambda: r.setstate((3, z(2 ** 63), None))),
]))`,
    null,
  ) as string[];
  assert.deepEqual(
    [
      err(() => mt.getrandbits(-1)),
      err(() => mt.setState([1n, 2n])),
      err(() => mt.setState(zeros(625n))),
      err(() => mt.setState(zeros(-1n))),
      err(() => mt.setState([-1n, ...zeros(5n).slice(1)])),
      err(() => mt.setState([2n ** 64n, ...zeros(5n).slice(1)])),
      err(() => mt.setState(zeros(2n ** 63n))),
    ],
    expected,
  );
});
