// Scheduling policies and the run-wide checks of the command line: PCT repeats a schedule for a
// seed and finds an ordering deadlock within a few seeds; --lock-order-check reports lock-order
// inversions (potential deadlocks) at exit even when the run did not hang, and stays silent for
// consistent orders and for the library's own locks; --switch-interval=wall still runs programs
// to python3's output.
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

const lines = (...l: string[]): string => l.join("\n") + "\n";

// Two threads take `a` and `b` in opposite orders with short slices: whether they deadlock
// depends on where the scheduler switches.
const ORDER_RACE = lines(
  "import sys, threading",
  "sys.setswitchinterval(1e-6)",
  "a = threading.Lock()",
  "b = threading.Lock()",
  "def spin():",
  "    n = 0",
  "    for i in range(30):",
  "        n += i",
  "def one():",
  "    spin()",
  "    with a:",
  "        spin(); spin(); spin()",
  "        with b:",
  "            pass",
  "def two():",
  "    spin()",
  "    with b:",
  "        spin(); spin(); spin()",
  "        with a:",
  "            pass",
  "t1 = threading.Thread(target=one, name='T1')",
  "t2 = threading.Thread(target=two, name='T2')",
  "t1.start(); t2.start(); t1.join(); t2.join()",
  "print('finished')",
);

test("PCT: the same seed repeats a run exactly; seeds differ", async () => {
  const race = ["--switch-points=any", "examples/threads/counter_race.py"];
  const outs: string[] = [];
  for (const seed of ["0", "1", "2", "3"])
    outs.push((await cli("--policy=pct", "--seed", seed, ...race)).out);
  assert.ok(new Set(outs).size > 1, outs.join(""));
  for (const [i, seed] of ["0", "1", "2", "3"].entries()) {
    assert.equal((await cli("--policy", "pct", `--seed=${seed}`, ...race)).out, outs[i]);
  }
  // The depth changes the schedule PCT explores.
  const deeper = await cli("--policy=pct", "--pct-depth=6", "--seed", "1", ...race);
  assert.match(deeper.out, /^-?\d+\n$/);
});

test("PCT finds the two-lock ordering deadlock within 20 seeds, and repeats it", async () => {
  let found: { seed: number; err: string } | null = null;
  let completed = 0;
  for (let seed = 0; seed < 20; seed++) {
    const r = await cli("--policy=pct", "--seed", String(seed), "-c", ORDER_RACE);
    if (r.code === 0) {
      assert.equal(r.out, "finished\n");
      completed++;
    } else {
      assert.equal(r.code, 3, r.err);
      found ??= { seed, err: r.err };
    }
  }
  assert.ok(found !== null, "no seed deadlocked");
  // Most PCT runs let one thread finish first: the deadlock depends on the schedule.
  assert.ok(completed > 0);
  assert.match(found.err, /^Deadlock detected/);
  assert.match(found.err, /\nThe wait-for cycle: T[12] -> T[12] -> T[12]\n/);
  const again = await cli("--policy=pct", "--seed", String(found.seed), "-c", ORDER_RACE);
  assert.equal(again.code, 3);
  // Object addresses keep counting across interpreters in one process; the rest is identical.
  assert.equal(again.err.replace(/0x[0-9a-f]+/g, "0x"), found.err.replace(/0x[0-9a-f]+/g, "0x"));
});

test("--policy and --pct-depth reject bad values", async () => {
  const bad = await cli("--policy=fifo", "-c", "pass");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--policy takes round-robin, random or pct/);
  const depth = await cli("--pct-depth=0", "-c", "pass");
  assert.equal(depth.code, 2);
  assert.match(depth.err, /--pct-depth takes a positive integer/);
  const interval = await cli("--switch-interval=often", "-c", "pass");
  assert.equal(interval.code, 2);
  assert.match(interval.err, /--switch-interval takes ticks or wall/);
});

test("--switch-interval=wall: the host clock measures the interval; output is python3's", async () => {
  const source = lines(
    "import threading",
    "total = []",
    "def work(i):",
    "    s = 0",
    "    for k in range(20000):",
    "        s += k",
    "    total.append(s)",
    "ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]",
    "for t in ts: t.start()",
    "for t in ts: t.join()",
    "print(sorted(total))",
  );
  const r = await cli("--switch-interval=wall", "-c", source);
  const py = spawnSync("python3", ["-c", source], { encoding: "utf8" });
  assert.equal(r.err, "");
  assert.equal(r.out, py.stdout);
});

test("--lock-order-check reports an inversion the run survived, with both stacks, and exits 4", async () => {
  const r = await cli(
    "--lock-order-check",
    "-c",
    lines(
      "import threading",
      "a = threading.Lock()",
      "b = threading.Lock()",
      "def one():",
      "    with a:",
      "        with b:",
      "            pass",
      "def two():",
      "    with b:",
      "        with a:",
      "            pass",
      "t1 = threading.Thread(target=one, name='T1'); t1.start(); t1.join()",
      "t2 = threading.Thread(target=two, name='T2'); t2.start(); t2.join()",
      "print('no deadlock this time')",
    ),
  );
  assert.equal(r.out, "no deadlock this time\n");
  assert.equal(r.code, 4);
  assert.match(r.err, /^Potential deadlock \(lock-order inversion\)/);
  const A = "Lock at 0x[0-9a-f]+ \\(created at <string>:2\\)";
  const B = "Lock at 0x[0-9a-f]+ \\(created at <string>:3\\)";
  assert.match(r.err, new RegExp(`\\n {2}T1 took ${B} while holding ${A}\\n`));
  assert.match(r.err, new RegExp(`\\n {2}T2 took ${A} while holding ${B}\\n`));
  // Where each thread took its first lock, then its second, as traceback entries.
  assert.match(
    r.err,
    new RegExp(
      `\\nT1 took ${A} \\(most recent call last\\):\\n[^]*?  File "<string>", line 5, in one\\n` +
        `then, holding it, took ${B}:\\n[^]*?  File "<string>", line 6, in one\\n`,
    ),
  );
  assert.match(r.err, /File "<string>", line 9, in two\n/);
  assert.match(r.err, /File "<string>", line 10, in two\n/);
});

test("--lock-order-check: holding a lock while joining a thread that takes it is an inversion", async () => {
  const r = await cli(
    "--lock-order-check",
    "-c",
    lines(
      "import threading, time",
      "a = threading.Lock()",
      "def worker():",
      "    with a:",
      "        pass",
      "    time.sleep(0.5)",
      "t = threading.Thread(target=worker, name='W')",
      "t.start()",
      "time.sleep(0.1)",
      "with a:",
      "    t.join()",
    ),
  );
  assert.equal(r.code, 4);
  assert.match(r.err, /\n {2}W took Lock at 0x[0-9a-f]+ \(created at <string>:2\) while holding join W\n/);
  assert.match(
    r.err,
    /\n {2}MainThread waited for join W while holding Lock at 0x[0-9a-f]+ \(created at <string>:2\)\n/,
  );
});

test("--lock-order-check is silent for consistent orders, RLocks, conditions, queues and pools", async () => {
  const r = await cli(
    "--lock-order-check",
    "-c",
    lines(
      "import threading, queue",
      "from concurrent.futures import ThreadPoolExecutor",
      "a = threading.Lock()",
      "b = threading.RLock()",
      "def nested():",
      "    with a:",
      "        with b:",
      "            with b:",
      "                pass",
      "ts = [threading.Thread(target=nested) for _ in range(3)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "q = queue.Queue(maxsize=2)",
      "def produce():",
      "    for i in range(10):",
      "        q.put(i)",
      "    q.put(None)",
      "threading.Thread(target=produce).start()",
      "got = []",
      "while (item := q.get()) is not None:",
      "    got.append(item)",
      "ev = threading.Event()",
      "threading.Timer(0.1, ev.set).start()",
      "ev.wait()",
      "with ThreadPoolExecutor(4) as pool:",
      "    print(sum(pool.map(lambda x: x * x, range(20))), got)",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.code, 0);
  assert.equal(r.out, "2470 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n");
});

test("--lock-order-check after a deadlock: the deadlock report, then the inversion; status 3", async () => {
  const r = await cli("--lock-order-check", "--seed", "3", "examples/threads/lock_ordering_deadlock.py");
  assert.equal(r.code, 3);
  assert.match(r.err, /^Deadlock detected/);
  // The order is recorded when a thread starts waiting, so the inversion is named too.
  assert.match(r.err, /\nPotential deadlock \(lock-order inversion\)/);
  assert.match(
    r.err,
    /\n {2}T1 waited for Lock at 0x[0-9a-f]+ \(created at [^)]*lock_ordering_deadlock.py:19\) while holding /,
  );
});
