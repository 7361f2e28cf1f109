import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { PyErrorCarrier } from "../../../src/objects/error-carrier.js";
import { roundFloat, roundFloatToInt } from "../../../src/objects/format/round.js";
import { floatFromHex, floatHex } from "../../../src/objects/numeric/float-hex.js";
import { floatAsIntegerRatio } from "../../../src/objects/numeric/float-ratio.js";
import { askPython, floatBits, PY_FROM_BITS } from "../python-oracle.js";

type Outcome = ["ok", string] | ["err", string, string];
function outcome(f: () => string): Outcome {
  try {
    return ["ok", f()];
  } catch (e) {
    if (e instanceof PyErrorCarrier) return ["err", e.pyType, e.pyMessage];
    throw e;
  }
}
const PY_OUTCOME = `
def outcome(f):
    try:
        return ["ok", f()]
    except Exception as e:
        return ["err", type(e).__name__, str(e)]
def bits(x):
    return struct.pack('>d', x).hex()
`;

function compare<T>(cases: T[], expected: Outcome[], mine: (c: T) => Outcome, label: (c: T) => string): void {
  let bad = 0;
  cases.forEach((c, i) => {
    const got = mine(c);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      if (++bad <= 5) assert.deepEqual(got, expected[i], label(c));
    }
  });
  assert.equal(bad, 0);
}

const doubleArb = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 8),
  fc.constantFrom(
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.125,
    2.675,
    1e300,
    5e-324,
    1.7976931348623157e308,
    Infinity,
    NaN,
  ),
);

test("round(x, n) equals python3", () => {
  const cases = fc.sample(
    fc.tuple(doubleArb, fc.oneof(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -400, max: 400 }))),
    { numRuns: 5000, seed: 5 },
  );
  const expected = askPython(
    `${PY_FROM_BITS}${PY_OUTCOME}print(json.dumps([outcome(lambda: bits(round(from_bits(h), n))) for h, n in data]))`,
    cases.map(([x, n]) => [floatBits(x), n]),
  ) as Outcome[];
  compare(
    cases,
    expected,
    ([x, n]) => outcome(() => floatBits(roundFloat(x, n))),
    ([x, n]) => `round(${x}, ${n})`,
  );
});

test("round(x) equals python3", () => {
  const cases = fc.sample(doubleArb, { numRuns: 3000, seed: 6 });
  const expected = askPython(
    `${PY_FROM_BITS}${PY_OUTCOME}print(json.dumps([outcome(lambda: str(round(from_bits(h)))) for h in data]))`,
    cases.map(floatBits),
  ) as Outcome[];
  compare(
    cases,
    expected,
    (x) => outcome(() => roundFloatToInt(x).toString()),
    (x) => `round(${x})`,
  );
});

test("float.hex and float.as_integer_ratio equal python3", () => {
  const cases = fc.sample(doubleArb, { numRuns: 3000, seed: 7 });
  const expected = askPython(
    `${PY_FROM_BITS}${PY_OUTCOME}print(json.dumps([[outcome(lambda: from_bits(h).hex()), outcome(lambda: '%d/%d' % from_bits(h).as_integer_ratio())] for h in data]))`,
    cases.map(floatBits),
  ) as [Outcome, Outcome][];
  compare(
    cases,
    expected.map((e) => e[0]),
    (x) => outcome(() => floatHex(x)),
    (x) => `hex ${x}`,
  );
  compare(
    cases,
    expected.map((e) => e[1]),
    (x) => outcome(() => floatAsIntegerRatio(x).join("/")),
    (x) => `ratio ${x}`,
  );
});

test("float.fromhex equals python3", () => {
  const hexDigits = fc
    .array(fc.constantFrom(..."0123456789abcdefABCDEF"), { maxLength: 20 })
    .map((a) => a.join(""));
  const literal = fc
    .record({
      space: fc.constantFrom("", " ", "\t", "\u3000"),
      sign: fc.constantFrom("", "-", "+"),
      prefix: fc.constantFrom("", "0x", "0X"),
      int: hexDigits,
      frac: fc.oneof(fc.constant(null), hexDigits),
      exp: fc.oneof(
        fc.constant(""),
        fc.integer({ min: -1200, max: 1200 }).map((e) => `p${e}`),
      ),
    })
    .map(
      (r) => r.space + r.sign + r.prefix + r.int + (r.frac === null ? "" : "." + r.frac) + r.exp + r.space,
    );
  const special = fc.constantFrom(
    "inf",
    "-Infinity",
    "nan",
    " NaN ",
    "0x",
    "",
    ".",
    "p1",
    "0x.p1",
    "1_0",
    "0x1p",
    "0xg",
    "1e5",
  );
  const cases = fc.sample(fc.oneof(literal, literal, special), { numRuns: 5000, seed: 8 });
  const expected = askPython(
    `import struct\n${PY_OUTCOME}print(json.dumps([outcome(lambda: bits(float.fromhex(s))) for s in data]))`,
    cases,
  ) as Outcome[];
  compare(
    cases,
    expected,
    (s) => outcome(() => floatBits(floatFromHex(s))),
    (s) => `fromhex(${JSON.stringify(s)})`,
  );
});
