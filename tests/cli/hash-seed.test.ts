// PYTHONHASHSEED as CPython reads it, and hash randomisation when it is unset: str hashes (and
// so the iteration order of sets of strings) change from run to run, and --seed repeats them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { hashSeedFor } from "../../src/cli/hash-seed.js";

const root = process.cwd();
const dist = fileURLToPath(new URL("../..", import.meta.url));
const PROGRAM = 'import sys\nprint(hash("abc"), hash(b"abc"), sys.flags.hash_randomization)\n';

function run(tool: "pyglass" | "python3", seed: string | undefined, extra: string[] = []) {
  const env = { ...process.env };
  delete env.PYTHONHASHSEED;
  if (seed !== undefined) env.PYTHONHASHSEED = seed;
  const argv =
    tool === "pyglass"
      ? [process.execPath, join(root, "bench", "launch-dist.mjs"), dist, ...extra, "-c", PROGRAM]
      : ["python3", "-c", PROGRAM];
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: "utf8", env });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test("PYTHONHASHSEED values read as CPython reads them", () => {
  const fresh = () => 99;
  assert.equal(hashSeedFor("0", null, fresh), 0);
  assert.equal(hashSeedFor("-0", null, fresh), 0);
  assert.equal(hashSeedFor(" +5", null, fresh), 5);
  assert.equal(hashSeedFor("4294967295", null, fresh), 4294967295);
  for (const bad of ["4294967296", "-3", "5 ", "abc", "1e3", "0x10"])
    assert.equal(hashSeedFor(bad, null, fresh), null, bad);
  assert.equal(hashSeedFor(undefined, null, fresh), 99);
  assert.equal(hashSeedFor("random", null, fresh), 99);
  const a = hashSeedFor(undefined, 7, fresh);
  assert.equal(a, hashSeedFor("", 7, fresh));
  assert.notEqual(a, hashSeedFor(undefined, 8, fresh));
  for (let s = 0; s < 1000; s++) {
    const h = hashSeedFor(undefined, s, fresh)!;
    assert.ok(Number.isInteger(h) && h >= 1 && h <= 4294967295, `seed ${s} gave ${h}`);
  }
});

test("a fixed PYTHONHASHSEED gives python3's hashes; a bad one python3's fatal error", () => {
  for (const seed of ["0", "5", "4294967295"])
    assert.deepEqual(run("pyglass", seed), run("python3", seed), seed);
  assert.deepEqual(run("pyglass", "nonsense"), run("python3", "nonsense"));
});

test("without PYTHONHASHSEED hashes change from run to run, and --seed repeats them", () => {
  const first = run("pyglass", undefined);
  const second = run("pyglass", undefined);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, / 1\n$/);
  // Two random 32-bit seeds collide once in four billion runs.
  assert.notEqual(first.stdout, second.stdout);
  const seeded = run("pyglass", undefined, ["--seed", "12"]);
  assert.equal(run("pyglass", "random", ["--seed", "12"]).stdout, seeded.stdout);
  assert.notEqual(run("pyglass", undefined, ["--seed", "13"]).stdout, seeded.stdout);
});
