import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { PyErrorCarrier } from "../../../src/objects/error-carrier.js";
import { formatComplex } from "../../../src/objects/format/format-complex.js";
import { complexRepr } from "../../../src/objects/repr/complex.js";
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

const partArb = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8),
  fc.constantFrom(0, -0, 1, -1, 1e16, 1e-5, Infinity, -Infinity, NaN),
);
const specArb = fc
  .record({
    fill: fc.constantFrom("", "", "*", "0"),
    align: fc.constantFrom("", "", "<", ">", "=", "^"),
    sign: fc.constantFrom("", "", "+", "-", " "),
    z: fc.constantFrom("", "", "z"),
    alt: fc.constantFrom("", "", "#"),
    zero: fc.constantFrom("", "", "", "0"),
    width: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 40 }).map(String)),
    grouping: fc.constantFrom("", "", "", ",", "_"),
    precision: fc.oneof(
      fc.constant(""),
      fc.integer({ min: 0, max: 20 }).map((p) => `.${p}`),
    ),
    type: fc.constantFrom("", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"),
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

test("repr(complex) and format(complex, spec) equal python3", () => {
  const cases = fc.sample(fc.tuple(partArb, partArb, specArb), { numRuns: 5000, seed: 31 });
  const expected = askPython(
    `${PY_FROM_BITS}
def outcome(f):
    try:
        return ["ok", f()]
    except Exception as e:
        return ["err", type(e).__name__, str(e)]
print(json.dumps([[repr(complex(from_bits(a), from_bits(b))), outcome(lambda: format(complex(from_bits(a), from_bits(b)), s))] for a, b, s in data]))`,
    cases.map(([a, b, s]) => [floatBits(a), floatBits(b), s]),
  ) as [string, Outcome][];
  let bad = 0;
  cases.forEach(([a, b, s], i) => {
    const label = `complex(${a}, ${b}) spec ${JSON.stringify(s)}`;
    assert.equal(complexRepr(a, b), expected[i]![0], label);
    const got = outcome(() => formatComplex(a, b, s));
    if (JSON.stringify(got) !== JSON.stringify(expected[i]![1]) && ++bad <= 5)
      assert.deepEqual(got, expected[i]![1], label);
  });
  assert.equal(bad, 0);
});
