// tests/gc-stress-coarse.txt, the cases whose GC stress run is sparser: every entry names an
// existing differential case with an interval of at least 2 and a reason, and malformed entries
// are refused rather than read as something else.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findCases } from "../differential/cases.js";
import { parseGcStressCoarse, readGcStressCoarse } from "../differential/gc-stress-coarse.js";

const root = process.cwd();

test("every entry of tests/gc-stress-coarse.txt is a case, with N >= 2 and a reason", () => {
  const entries = readGcStressCoarse(root);
  const cases = new Set(findCases(root).map((c) => c.name));
  for (const [name, entry] of entries) {
    assert.ok(cases.has(name), `${name} is not a differential case`);
    assert.ok(Number.isInteger(entry.every) && entry.every >= 2, `${name}: N is ${entry.every}`);
    assert.notEqual(entry.reason, "", `${name} has no reason`);
  }
});

test("malformed entries are refused", () => {
  assert.deepEqual(
    [...parseGcStressCoarse("# comment\n\na/b.py  5  # slow\n")],
    [["a/b.py", { every: 5, reason: "slow" }]],
  );
  assert.throws(() => parseGcStressCoarse("a/b.py 5\n"), /no reason/);
  assert.throws(() => parseGcStressCoarse("a/b.py 1 # too dense\n"), /NAME N/);
  assert.throws(() => parseGcStressCoarse("a/b.py # no interval\n"), /NAME N/);
  assert.throws(() => parseGcStressCoarse("a/b.py 2.5 # not an integer\n"), /NAME N/);
  assert.throws(() => parseGcStressCoarse("a/b.py 3 # one\na/b.py 4 # two\n"), /twice/);
});
