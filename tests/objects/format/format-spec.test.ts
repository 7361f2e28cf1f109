import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { PyErrorCarrier } from "../../../src/objects/error-carrier.js";
import { formatFloat } from "../../../src/objects/format/format-float.js";
import { formatInt } from "../../../src/objects/format/format-int.js";
import { formatStr } from "../../../src/objects/format/format-str.js";
import { askPython, floatBits, PY_FROM_BITS } from "../python-oracle.js";

/** What python3 answers for one case: the text, or the exception's type and message. */
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
`;

/** Format specs built from the mini-language's parts, with some deliberately wrong ones. */
const specArb = fc
  .record({
    fill: fc.oneof(fc.constant(""), fc.constantFrom("*", "0", " ", "x", "é", "😀", "<", "=")),
    align: fc.constantFrom("", "", "<", ">", "=", "^"),
    sign: fc.constantFrom("", "", "+", "-", " "),
    z: fc.constantFrom("", "", "", "z"),
    alt: fc.constantFrom("", "", "#"),
    zero: fc.constantFrom("", "", "0"),
    width: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 30 }).map(String)),
    grouping: fc.constantFrom("", "", "", ",", "_", ",_"),
    precision: fc.oneof(
      fc.constant(""),
      fc.constant(""),
      fc.integer({ min: 0, max: 20 }).map((p) => `.${p}`),
      fc.integer({ min: 20, max: 400 }).map((p) => `.${p}`),
      fc.constant("."),
    ),
    type: fc.constantFrom(
      "",
      "",
      "b",
      "c",
      "d",
      "e",
      "E",
      "f",
      "F",
      "g",
      "G",
      "n",
      "o",
      "s",
      "x",
      "X",
      "%",
      "q",
      "\u0001",
    ),
  })
  .map(
    (p) =>
      (p.fill && !p.align ? "" : p.fill) +
      p.align +
      p.sign +
      p.z +
      p.alt +
      p.zero +
      p.width +
      p.grouping +
      p.precision +
      p.type,
  );

const doubleArb = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
  fc.constantFrom(
    0,
    -0,
    0.5,
    1.5,
    2.5,
    0.125,
    0.1,
    1e16,
    1e-5,
    1e300,
    5e-324,
    Infinity,
    -Infinity,
    NaN,
    123456.789,
  ),
);

const bigintArb = fc.oneof(
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  fc.integer({ min: -2000, max: 2000 }).map(BigInt),
  fc.constantFrom(0n, 65n, 0x10ffffn, 0x110000n, -1n, 2n ** 1024n, 2n ** 63n),
);

test("format(float, spec) equals python3 for random specs and values", () => {
  const cases = fc.sample(fc.tuple(doubleArb, specArb), { numRuns: 6000, seed: 42 });
  const expected = askPython(
    `${PY_FROM_BITS}${PY_OUTCOME}print(json.dumps([outcome(lambda: format(from_bits(h), s)) for h, s in data]))`,
    cases.map(([x, s]) => [floatBits(x), s]),
  ) as Outcome[];
  let bad = 0;
  cases.forEach(([x, s], i) => {
    const got = outcome(() => formatFloat(x, s));
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      if (++bad <= 5)
        assert.deepEqual(got, expected[i], `format(${x} [${floatBits(x)}], ${JSON.stringify(s)})`);
    }
  });
  assert.equal(bad, 0);
});

test("format(int, spec) equals python3 for random specs and values", () => {
  const cases = fc.sample(fc.tuple(bigintArb, specArb), { numRuns: 6000, seed: 43 });
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([outcome(lambda: format(int(n), s)) for n, s in data]))`,
    cases.map(([n, s]) => [n.toString(), s]),
  ) as Outcome[];
  let bad = 0;
  cases.forEach(([n, s], i) => {
    const got = outcome(() => formatInt(n, s));
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      if (++bad <= 5) assert.deepEqual(got, expected[i], `format(${n}, ${JSON.stringify(s)})`);
    }
  });
  assert.equal(bad, 0);
});

test("format(str, spec) equals python3 for random specs and values", () => {
  const strArb = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "abc", "héllo", "😀x😀", "a\u0301"),
  );
  const cases = fc.sample(fc.tuple(strArb, specArb), { numRuns: 4000, seed: 44 });
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([outcome(lambda: format(v, s)) for v, s in data]))`,
    cases,
  ) as Outcome[];
  let bad = 0;
  cases.forEach(([v, s], i) => {
    const got = outcome(() => formatStr(v, s));
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      if (++bad <= 5)
        assert.deepEqual(got, expected[i], `format(${JSON.stringify(v)}, ${JSON.stringify(s)})`);
    }
  });
  assert.equal(bad, 0);
});

test("format: exact long expansions", () => {
  const cases: [number, string][] = [
    [0.1, ".20f"],
    [0.1, ".60f"],
    [1e300, "f"],
    [5e-324, ".1080f"],
    [5e-324, ".760e"],
    [2 ** 1023 * 1.9999999999999998, ",.3f"],
    [1 / 3, ".17g"],
    [2.5, ".0f"],
    [0.125, ".2f"],
    [1e23, ".30g"],
  ];
  const expected = askPython(
    `${PY_FROM_BITS}print(json.dumps([format(from_bits(h), s) for h, s in data]))`,
    cases.map(([x, s]) => [floatBits(x), s]),
  ) as string[];
  cases.forEach(([x, s], i) => assert.equal(formatFloat(x, s), expected[i], `format(${x}, ${s})`));
});

test("format: specific errors", () => {
  assert.throws(() => formatFloat(1, "x"), {
    pyMessage: "Unknown format code 'x' for object of type 'float'",
  });
  assert.throws(() => formatStr("a", ","), { pyMessage: "Cannot specify ',' with 's'." });
  assert.throws(() => formatInt(1n, "."), { pyMessage: "Format specifier missing precision" });
  assert.throws(() => formatStr("a", "+"), { pyMessage: "Sign not allowed in string format specifier" });
});

test("format: halfway cases round to even in every presentation", () => {
  const values: number[] = [];
  for (let j = 0; j <= 12; j++) for (let k = 1; k < 64; k += 2) values.push(k / 2 ** j, -k / 2 ** j);
  for (let k = 1; k < 200; k += 2) values.push(k * 5, k * 50, k * 500, k * 5e6, k * 2 ** 55);
  values.push(0.5, 1.5, 2.5, 2.675, 1e22, 9.5, 99.5, 999.5, 0.05, 2 ** -1074, 2 ** 60 + 2 ** 8);
  const specs: string[] = [];
  for (let p = 0; p <= 14; p++) specs.push(`.${p}f`, `.${p}e`, `.${p}g`, `#.${p}g`, `.${p}`, `.${p}%`);
  const cases = values.flatMap((x) => specs.map((s) => [x, s] as const));
  const expected = askPython(
    `${PY_FROM_BITS}print(json.dumps([format(from_bits(h), s) for h, s in data]))`,
    cases.map(([x, s]) => [floatBits(x), s]),
  ) as string[];
  let bad = 0;
  cases.forEach(([x, s], i) => {
    if (formatFloat(x, s) !== expected[i] && ++bad <= 5)
      assert.equal(formatFloat(x, s), expected[i], `${x} ${s}`);
  });
  assert.equal(bad, 0);
  assert.ok(cases.length > 50000);
});
