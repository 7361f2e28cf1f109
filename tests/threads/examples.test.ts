// The thread examples of examples/threads, each run through the command line with the seed its
// header names. Deadlocking examples must be reported — not hang — and exit with status 3; the
// others print what python3 prints (their output does not depend on the interleaving), except
// cpu_vs_sleep.py, whose virtual times are checked for the inequalities it illustrates.
// Timing: each run is bounded by a hang guard only; the measured wall times are in
// docs/internals/threads.md.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  let out = "";
  let err = "";
  const start = Date.now();
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err, ms: Date.now() - start };
}

const EX = "examples/threads/";
/** A run that hangs would never get here; ten seconds is far above any measured time. */
const HANG_GUARD_MS = 10_000;

function python(file: string): string {
  const py = spawnSync("python3", [file], { encoding: "utf8", timeout: 60_000 });
  assert.equal(py.status, 0, py.stderr);
  return py.stdout;
}

test("lock nesting: a plain Lock taken twice is reported as a self-deadlock", async () => {
  const r = await cli(`${EX}lock_nesting_deadlock.py`);
  assert.equal(r.code, 3);
  assert.equal(r.out, "taking the lock twice\n");
  assert.match(r.err, /^Deadlock detected: no thread can run and nothing can wake one\.\n/);
  assert.match(
    r.err,
    /\n {2}MainThread waits for Lock at 0x[0-9a-f]+ \(created at [^)]*lock_nesting_deadlock\.py:14\), which it holds itself \(a self-deadlock/,
  );
  assert.match(
    r.err,
    /\nMainThread \(most recent call last\):\n[^]*line 27, in <module>\n {4}update\(log\)\n[^]*line 21, in update\n {4}with lock:\n/,
  );
  assert.ok(r.ms < HANG_GUARD_MS, `${r.ms} ms`);
});

test("two-lock ordering (seed 3): the deadlock is reported with its cycle and every stack", async () => {
  const r = await cli("--seed", "3", `${EX}lock_ordering_deadlock.py`);
  assert.equal(r.code, 3);
  assert.equal(r.out, "");
  assert.match(r.err, /^Deadlock detected/);
  assert.match(r.err, /\n {2}MainThread waits for join T1, held by T1\n/);
  assert.match(r.err, /\n {2}T1 waits for Lock at 0x[0-9a-f]+ \(created at [^)]*:19\), held by T2\n/);
  assert.match(r.err, /\n {2}T2 waits for Lock at 0x[0-9a-f]+ \(created at [^)]*:18\), held by T1\n/);
  assert.match(r.err, /\nThe wait-for cycle: T1 -> T2 -> T1\n/);
  assert.match(r.err, /\nT1 \(most recent call last\):\n[^]*line 25, in transfer_ab\n {4}with b:\n/);
  assert.match(r.err, /\nT2 \(most recent call last\):\n[^]*line 32, in transfer_ba\n {4}with a:\n/);
  assert.ok(r.ms < HANG_GUARD_MS, `${r.ms} ms`);
  // The same seed gives the same report (addresses keep counting across runs in one process).
  const again = await cli("--seed", "3", `${EX}lock_ordering_deadlock.py`);
  assert.equal(again.err.replace(/0x[0-9a-f]+/g, "0x"), r.err.replace(/0x[0-9a-f]+/g, "0x"));
});

test("the same nesting with an RLock completes, as in python3", async () => {
  const r = await cli(`${EX}rlock_nesting.py`);
  assert.equal(r.err, "");
  assert.equal(r.code, 0);
  assert.equal(r.out, python(`${EX}rlock_nesting.py`));
});

test("ThreadPoolExecutor(100) with 1,000 submits (seed 3)", async () => {
  const r = await cli("--seed", "3", `${EX}thread_pool.py`);
  assert.equal(r.err, "");
  assert.equal(r.code, 0);
  assert.equal(r.out, python(`${EX}thread_pool.py`));
  assert.equal((await cli("--seed", "3", `${EX}thread_pool.py`)).out, r.out);
});

test("Event (seed 1)", async () => {
  const r = await cli("--seed", "1", `${EX}event.py`);
  assert.equal(r.err, "");
  assert.equal(r.out, python(`${EX}event.py`));
});

test("blocking, non-blocking and timeout acquire (seed 1)", async () => {
  const r = await cli("--seed", "1", `${EX}acquire_modes.py`);
  assert.equal(r.err, "");
  assert.equal(r.out, python(`${EX}acquire_modes.py`));
});

for (const seed of ["0", "3", "4"]) {
  test(`CPU-bound threads take no less virtual time than sequential; sleeping ones overlap (seed ${seed})`, async () => {
    const r = await cli("--seed", seed, `${EX}cpu_vs_sleep.py`);
    assert.equal(r.err, "");
    const m =
      /^cpu-bound: sequential ([\d.]+) s, two threads ([\d.]+) s\nsleep-bound: sequential ([\d.]+) s, two threads ([\d.]+) s\n/.exec(
        r.out,
      );
    assert.ok(m !== null, r.out);
    const [cpuSeq, cpuThr, ioSeq, ioThr] = m.slice(1).map(Number) as [number, number, number, number];
    assert.ok(cpuThr >= cpuSeq, `${cpuThr} < ${cpuSeq}`);
    assert.ok(ioSeq >= 1.0 && ioThr >= 0.5 && ioThr < 0.6, `${ioSeq} ${ioThr}`);
    assert.match(
      r.out,
      /threads did not speed up CPU-bound work: True\nsleeping threads overlapped: True\n$/,
    );
    // Virtual time: the same seed prints the same times.
    assert.equal((await cli("--seed", seed, `${EX}cpu_vs_sleep.py`)).out, r.out);
  });
}
