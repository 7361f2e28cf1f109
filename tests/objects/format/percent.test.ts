import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  percentFormatFloat,
  percentFormatInt,
  percentPad,
  type PercentFloatType,
  type PercentIntType,
  type PercentSpec,
} from "../../../src/objects/format/percent.js";
import { askPython, floatBits, PY_FROM_BITS } from "../python-oracle.js";

const specArb = fc.record({
  left: fc.boolean(),
  plus: fc.boolean(),
  blank: fc.boolean(),
  alt: fc.boolean(),
  zero: fc.boolean(),
  width: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 25 })),
  precision: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 30 })),
});

/** The conversion as printf-style source text, e.g. "%-+#012.3x". */
function directive(spec: PercentSpec, type: string): string {
  return (
    "%" +
    (spec.left ? "-" : "") +
    (spec.plus ? "+" : "") +
    (spec.blank ? " " : "") +
    (spec.alt ? "#" : "") +
    (spec.zero ? "0" : "") +
    (spec.width >= 0 ? String(spec.width) : "") +
    (spec.precision >= 0 ? `.${spec.precision}` : "") +
    type
  );
}

test("printf-style %d %i %u %o %x %X equal python3", () => {
  const cases = fc.sample(
    fc.tuple(
      fc.oneof(
        fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }),
        fc.integer({ min: -300, max: 300 }).map(BigInt),
      ),
      fc.constantFrom<PercentIntType>("d", "i", "u", "o", "x", "X"),
      specArb,
    ),
    { numRuns: 4000, seed: 9 },
  );
  const expected = askPython(
    "print(json.dumps([d % int(n) for n, d in data]))",
    cases.map(([n, t, s]) => [n.toString(), directive(s, t)]),
  ) as string[];
  cases.forEach(([n, t, s], i) =>
    assert.equal(percentFormatInt(n, t, s), expected[i], `${directive(s, t)} % ${n}`),
  );
});

test("printf-style %e %E %f %F %g %G equal python3", () => {
  const doubleArb = fc.oneof(
    fc.double(),
    fc.double({ min: -1e5, max: 1e5 }),
    fc.constantFrom(0, -0, 0.5, 2.5, 1e16, Infinity, -Infinity, NaN),
  );
  const cases = fc.sample(
    fc.tuple(doubleArb, fc.constantFrom<PercentFloatType>("e", "E", "f", "F", "g", "G"), specArb),
    { numRuns: 4000, seed: 10 },
  );
  const expected = askPython(
    `${PY_FROM_BITS}print(json.dumps([d % from_bits(h) for h, d in data]))`,
    cases.map(([x, t, s]) => [floatBits(x), directive(s, t)]),
  ) as string[];
  cases.forEach(([x, t, s], i) =>
    assert.equal(percentFormatFloat(x, t, s), expected[i], `${directive(s, t)} % ${x}`),
  );
});

test("printf-style padding of %s", () => {
  const cases = fc.sample(fc.tuple(fc.string({ maxLength: 6 }), specArb), { numRuns: 500, seed: 11 });
  // Precision truncates %s; that is the caller's job, so only width and flags are compared here.
  const specs = cases.map(([v, s]) => [v, { ...s, precision: -1 }] as const);
  const expected = askPython(
    "print(json.dumps([d % v for v, d in data]))",
    specs.map(([v, s]) => [v, directive(s, "s")]),
  ) as string[];
  specs.forEach(([v, s], i) => assert.equal(percentPad(v, s), expected[i], `${directive(s, "s")} % ${v}`));
});
