// The determinism contract: the same program with the same --seed gives byte-identical output
// and trace (each run in its own process, as a user runs pyglass); different seeds give
// different schedules.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cliProcessTraced } from "./cli-run.js";

const RACE = "examples/threads/counter_race.py";

test("the counter race under --switch-points=any: same seed, same stdout and trace file", () => {
  const first = cliProcessTraced("--seed", "42", "--switch-points=any", RACE);
  const second = cliProcessTraced("--seed", "42", "--switch-points=any", RACE);
  assert.equal(first.err, "");
  assert.match(first.out, /^-?\d+\n$/);
  assert.equal(second.out, first.out);
  assert.ok(first.trace.length > 1000);
  assert.ok(second.trace === first.trace, "the two traces differ");
});

test("different seeds give different schedules (and traces)", () => {
  const runs = ["1", "2", "3"].map((s) => cliProcessTraced("--seed", s, "--switch-points=any", RACE));
  const traces = new Set(runs.map((r) => r.trace));
  assert.equal(traces.size, 3);
  const outs = new Set(runs.map((r) => r.out));
  assert.ok(outs.size > 1, [...outs].join(" "));
});
