// Seeds: without --seed a run's schedule comes from a random seed, and when a run with more than
// one thread fails (an uncaught exception, a deadlock, an exception in a thread) the seed is
// printed after everything else so the run can be repeated. Single-threaded programs print
// exactly what python3 prints; a run given --seed never prints the line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { cli } from "./cli-run.js";

const SEED_LINE = /\npyglass: this run used --seed (\d+); run again with it to repeat the schedule\n$/;

const THREAD_THEN_RAISE = [
  "import threading",
  "t = threading.Thread(target=lambda: print('worker'))",
  "t.start(); t.join()",
  "raise ValueError('boom')",
].join("\n");

const THREAD_RAISES = [
  "import threading",
  "def work():",
  "    raise KeyError('in thread')",
  "t = threading.Thread(target=work, name='w')",
  "t.start(); t.join()",
  "print('main done')",
].join("\n");

const DEADLOCK = ["import threading", "lock = threading.Lock()", "lock.acquire()", "lock.acquire()"].join(
  "\n",
);

const TWO_THREAD_DEADLOCK = [
  "import threading",
  "lock = threading.Lock()",
  "lock.acquire()",
  "t = threading.Thread(target=lock.acquire)",
  "t.start(); t.join()",
].join("\n");

test("an uncaught exception after threads ran: python3's output, then the seed line", async () => {
  const r = await cli("-c", THREAD_THEN_RAISE);
  assert.equal(r.code, 1);
  assert.equal(r.out, "worker\n");
  const m = SEED_LINE.exec(r.err);
  assert.ok(m !== null, r.err);
  const py = spawnSync("python3", ["-c", THREAD_THEN_RAISE], { encoding: "utf8" });
  assert.equal(r.err.slice(0, m.index + 1), py.stderr);
  // The seed printed repeats the run, and a run given --seed prints no line.
  const again = await cli("--seed", m[1]!, "-c", THREAD_THEN_RAISE);
  assert.equal(again.out, r.out);
  assert.equal(again.err, py.stderr);
});

test("an exception in a thread (excepthook) counts as a failure even when the exit status is 0", async () => {
  const r = await cli("-c", THREAD_RAISES);
  assert.equal(r.code, 0);
  assert.equal(r.out, "main done\n");
  assert.match(r.err, /^Exception in thread w:\n/);
  assert.match(r.err, SEED_LINE);
});

test("a deadlock between two threads prints the report, then the seed line", async () => {
  const r = await cli("-c", TWO_THREAD_DEADLOCK);
  assert.equal(r.code, 3);
  assert.match(r.err, /^Deadlock detected/);
  assert.match(r.err, SEED_LINE);
});

test("single-threaded programs print exactly what python3 prints, failing or not", async () => {
  for (const source of ["raise ValueError('x')", "print('ok')", "import sys; sys.exit(4)"]) {
    const r = await cli("-c", source);
    const py = spawnSync("python3", ["-c", source], { encoding: "utf8" });
    assert.equal(r.out, py.stdout);
    assert.equal(r.err, py.stderr);
    assert.equal(r.code, py.status);
  }
  // A self-deadlock of the only thread is reported without a seed: there was no schedule.
  const d = await cli("-c", DEADLOCK);
  assert.equal(d.code, 3);
  assert.doesNotMatch(d.err, /--seed/);
});

test("successful multi-threaded runs and runs given --seed print no seed line", async () => {
  const ok = await cli(
    "-c",
    "import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start(); t.join()",
  );
  assert.equal(ok.out, "hi\n");
  assert.equal(ok.err, "");
  const seeded = await cli("--seed", "5", "-c", THREAD_THEN_RAISE);
  assert.equal(seeded.code, 1);
  assert.doesNotMatch(seeded.err, /pyglass: this run used/);
});
