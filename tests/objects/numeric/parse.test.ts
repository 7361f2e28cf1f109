import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { PyErrorCarrier } from "../../../src/objects/error-carrier.js";
import { floatFromBytes, floatFromStr } from "../../../src/objects/numeric/float-parse.js";
import { intFromBytes, intFromStr } from "../../../src/objects/numeric/int-parse.js";
import { checkMaxStrDigits, intToBase, intToDecimal } from "../../../src/objects/numeric/int-str.js";
import { askPython, floatBits } from "../python-oracle.js";

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
import struct, sys
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

/** Literal-like strings: pieces of the int and float grammars in random order and number. */
const pieceArb = fc.constantFrom(
  ..."0123456789",
  ..."0123456789",
  "_",
  "__",
  "+",
  "-",
  ".",
  "e",
  "E",
  "e-",
  "x",
  "0x",
  "0o",
  "0b",
  "0X",
  "0B",
  "a",
  "f",
  "z",
  "Z",
  "9",
  " ",
  "\t",
  "\n",
  "\u3000",
  "\u2003",
  "\u0661",
  "\uff15",
  "\u00b2",
  "\u00e9",
  "\u0000",
  "inf",
  "Infinity",
  "nan",
  "NaN",
  "iNf",
);
const literalArb = fc.array(pieceArb, { maxLength: 12 }).map((p) => p.join(""));
const wellFormedArb = fc
  .tuple(
    fc.constantFrom("", " ", "\u3000"),
    fc.constantFrom("", "-", "+"),
    fc.bigInt({ min: 0n, max: 10n ** 40n }),
    fc.constantFrom("", "", ".5", ".", "e10", "e-400", "e400", ".123456789012345678901234567890"),
  )
  .map(([w, s, n, tail]) => w + s + n.toString() + tail + w);

test("int(str, base) equals python3", () => {
  const cases = fc.sample(
    fc.tuple(fc.oneof(literalArb, wellFormedArb), fc.constantFrom(10, 10, 0, 0, 2, 8, 16, 36, 7, 1, 37, -1)),
    { numRuns: 8000, seed: 21 },
  );
  cases.push(
    ["x".repeat(300), 10],
    ["1".repeat(4301), 10],
    ["1".repeat(4301) + "x", 10],
    ["1".repeat(5000), 16],
  );
  cases.push(["1_".repeat(4300) + "1", 10], ["7".repeat(4300), 10], ["\u0661".repeat(4301), 10]);
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([outcome(lambda: hex(int(s, b))) for s, b in data]))`,
    cases,
  ) as Outcome[];
  compare(
    cases,
    expected,
    ([s, b]) => outcome(() => intToBase(intFromStr(s, b), 16)),
    ([s, b]) => `int(${JSON.stringify(s)}, ${b})`,
  );
});

test("int(bytes, base) equals python3", () => {
  const asciiLiteral = literalArb.map((s) =>
    Array.from(s)
      .filter((c) => c.charCodeAt(0) < 0x80)
      .join(""),
  );
  const cases = fc.sample(fc.tuple(asciiLiteral, fc.constantFrom(10, 0, 16, 36)), {
    numRuns: 2000,
    seed: 22,
  });
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([outcome(lambda: str(int(s.encode(), b))) for s, b in data]))`,
    cases,
  ) as Outcome[];
  compare(
    cases,
    expected,
    ([s, b]) => outcome(() => intFromBytes(new TextEncoder().encode(s), b).toString()),
    ([s, b]) => `int(b${JSON.stringify(s)}, ${b})`,
  );
});

test("float(str) and float(bytes) equal python3", () => {
  const longDigits = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 60n }), fc.integer({ min: -400, max: 400 }))
    .map(([m, e]) => `${m}e${e}`);
  const cases = fc.sample(fc.oneof(literalArb, wellFormedArb, longDigits), { numRuns: 8000, seed: 23 });
  cases.push("1" + "0".repeat(400) + "e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400");
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([[outcome(lambda: bits(float(s))), outcome(lambda: bits(float(s.encode('utf-8', 'surrogatepass'))))] for s in data]))`,
    cases,
  ) as [Outcome, Outcome][];
  compare(
    cases,
    expected.map((e) => e[0]),
    (s) => outcome(() => floatBits(floatFromStr(s))),
    (s) => `float(${JSON.stringify(s)})`,
  );
  compare(
    cases,
    expected.map((e) => e[1]),
    (s) => outcome(() => floatBits(floatFromBytes(new TextEncoder().encode(s)))),
    (s) => `float(b${JSON.stringify(s)})`,
  );
});

test("str(int), bin/oct/hex and the digit limit equal python3", () => {
  const cases = fc.sample(
    fc.oneof(
      fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
      fc.constantFrom(0n, -1n, 10n ** 4299n, -(10n ** 4299n), 10n ** 4300n, -(10n ** 4300n)),
    ),
    { numRuns: 1000, seed: 24 },
  );
  const expected = askPython(
    `${PY_OUTCOME}print(json.dumps([[outcome(lambda: str(int(n, 16))), bin(int(n, 16)), oct(int(n, 16)), hex(int(n, 16))] for n in data]))`,
    cases.map((n) => intToBase(n, 16)),
  ) as [Outcome, string, string, string][];
  cases.forEach((n, i) => {
    assert.deepEqual(
      outcome(() => intToDecimal(n)),
      expected[i]![0],
    );
    assert.equal(intToBase(n, 2), expected[i]![1]);
    assert.equal(intToBase(n, 8), expected[i]![2]);
    assert.equal(intToBase(n, 16), expected[i]![3]);
  });
  const limits = askPython(
    `${PY_OUTCOME}print(json.dumps([outcome(lambda: str(sys.set_int_max_str_digits(int(n)))) for n in data]))`,
    ["0", "1", "639", "640", "641", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649"],
  ) as Outcome[];
  ["0", "1", "639", "640", "641", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649"].forEach(
    (n, i) =>
      assert.deepEqual(
        outcome(() => (checkMaxStrDigits(BigInt(n)), "None")),
        limits[i],
        n,
      ),
  );
  // With a lowered limit, both directions.
  const low = { maxStrDigits: 700 };
  assert.throws(() => intToDecimal(10n ** 700n, low), { pyMessage: /Exceeds the limit \(700 digits\)/ });
  assert.equal(intToDecimal(10n ** 699n, low).length, 700);
  assert.throws(() => intFromStr("1".repeat(701), 10, low), { pyMessage: /value has 701 digits/ });
});
