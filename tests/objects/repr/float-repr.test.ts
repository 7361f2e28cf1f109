import assert from "node:assert/strict";
import { test } from "node:test";
import { floatRepr } from "../../../src/objects/repr/float.js";
import { askPython, floatBits, PY_FROM_BITS, TestRandom } from "../python-oracle.js";

function inputs(): number[] {
  const rnd = new TestRandom(7);
  const xs = [
    0,
    -0,
    1,
    -1,
    0.1,
    0.5,
    1.5,
    2.5,
    1e16,
    1e15,
    9999999999999998,
    1e-4,
    1e-5,
    0.0001234,
    123456789012345680,
    1e22,
    1e23,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Infinity,
    -Infinity,
    NaN,
    1 / 3,
    2 / 3,
    100,
    1e100,
    1.7976931348623157e308,
    4.35,
    0.3,
    123.456,
    1e-7,
    9.5e-5,
  ];
  for (let i = 0; i < 2000; i++) xs.push(rnd.anyDouble());
  for (let i = 0; i < 2000; i++) xs.push((rnd.u32() - 2147483648) / 10 ** rnd.below(25));
  for (let i = 0; i < 1000; i++) xs.push(rnd.u32() * 10 ** (rnd.below(40) - 20));
  return xs;
}

test("floatRepr equals python3's repr(float)", () => {
  const xs = inputs();
  const expected = askPython(
    `${PY_FROM_BITS}print(json.dumps([repr(from_bits(h)) for h in data]))`,
    xs.map(floatBits),
  ) as string[];
  let mismatches = 0;
  xs.forEach((x, i) => {
    if (floatRepr(x) !== expected[i]) {
      mismatches++;
      if (mismatches < 10) assert.equal(floatRepr(x), expected[i], `bits ${floatBits(x)}`);
    }
  });
  assert.equal(mismatches, 0);
});

test("floatRepr: the documented forms", () => {
  assert.equal(floatRepr(1e16), "1e+16");
  assert.equal(floatRepr(1e-5), "1e-05");
  assert.equal(floatRepr(-0), "-0.0");
  assert.equal(floatRepr(1), "1.0");
  assert.equal(floatRepr(NaN), "nan");
  assert.equal(floatRepr(-Infinity), "-inf");
});
