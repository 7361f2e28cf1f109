// Switch points and the switch interval through the command line: the counter race of
// examples/threads prints 0 under the default eval-breaker switch points (python3 3.11 prints 0
// too), and loses updates under --switch-points=any — the same number on every run with the same
// --seed, since a seed names one schedule. sys.setswitchinterval / getswitchinterval keep microseconds as
// CPython does.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const RACE = "examples/threads/counter_race.py";

test("the counter race prints what python3 3.11 prints by default", async () => {
  const r = await cli(RACE);
  assert.equal(r.err, "");
  const py = spawnSync("python3", [RACE], { encoding: "utf8" });
  assert.equal(py.stdout, "0\n");
  assert.equal(r.out, py.stdout);
});

test("--switch-points=any exposes the race, identically on every run with the same seed", async () => {
  const first = await cli("--seed", "11", "--switch-points=any", RACE);
  const second = await cli("--seed=11", "--switch-points", "any", RACE);
  assert.equal(first.err, "");
  assert.notEqual(first.out, "0\n");
  assert.match(first.out, /^-?\d+\n$/);
  assert.equal(second.out, first.out);
});

test("--switch-points takes only eval-breaker or any", async () => {
  const r = await cli("--switch-points=sometimes", RACE);
  assert.equal(r.code, 2);
  assert.match(r.err, /--switch-points takes eval-breaker or any/);
});

test("sys.setswitchinterval keeps whole microseconds and rejects non-positive values", async () => {
  const source = [
    "import sys",
    "print(sys.getswitchinterval())",
    "sys.setswitchinterval(1e-5); print(sys.getswitchinterval())",
    "sys.setswitchinterval(1e-7); print(sys.getswitchinterval())",
    "try:",
    "    sys.setswitchinterval(0)",
    "except ValueError as e:",
    "    print(e)",
  ].join("\n");
  const r = await cli("-c", source);
  const py = spawnSync("python3", ["-c", source], { encoding: "utf8" });
  assert.equal(r.err, "");
  assert.equal(r.out, py.stdout);
});

test("--seed picks a random schedule: seeds give different races, a seed repeats exactly", async () => {
  const outs: string[] = [];
  for (const seed of ["1", "2", "3"]) outs.push((await cli("--seed", seed, "--switch-points=any", RACE)).out);
  assert.ok(new Set(outs).size > 1, outs.join(""));
  const again = await cli(`--seed=2`, "--switch-points=any", RACE);
  assert.equal(again.out, outs[1]);
  // Under the default switch points every schedule gives python3's 0.
  assert.equal((await cli("--seed", "7", RACE)).out, "0\n");
});

test("--seed takes a non-negative integer", async () => {
  const r = await cli("--seed", "x", RACE);
  assert.equal(r.code, 2);
  assert.match(r.err, /--seed takes a non-negative integer/);
});
