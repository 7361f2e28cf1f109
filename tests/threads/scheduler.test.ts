// The native threads layer: blocking natives park only their thread, virtual time jumps over
// sleeps and timeouts, a thread blocked inside a builtin's Python callback lets the others run,
// preemption falls at 3.11's eval-breaker points, and a run where no thread can proceed ends
// with a deadlock report instead of hanging. Expected outputs are what python3 prints (the
// programs' output does not depend on interleaving or on real time).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runSource } from "../../src/index.js";

async function run(source: string): Promise<{ exitCode: number; out: string; err: string; ms: number }> {
  let out = "";
  let err = "";
  const start = Date.now();
  const r = await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { exitCode: r.exitCode, out, err, ms: Date.now() - start };
}

const lines = (...l: string[]): string => l.join("\n") + "\n";

test("acquire: blocking, non-blocking and timeout, in virtual time", async () => {
  const r = await run(
    lines(
      "import _thread, time",
      "lock = _thread.allocate_lock()",
      "print(lock.acquire(), lock.acquire(False), lock.acquire(blocking=False))",
      "t0 = time.monotonic()",
      "print(lock.acquire(timeout=30))",
      "print(round(time.monotonic() - t0, 3))",
      "def release_later():",
      "    time.sleep(5)",
      "    lock.release()",
      "_thread.start_new_thread(release_later, ())",
      "t0 = time.monotonic()",
      "print(lock.acquire(timeout=60), round(time.monotonic() - t0, 1))",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "True False False\nFalse\n30.0\nTrue 5.0\n");
  // Thirty-five seconds of sleeps and timeouts take no real time.
  assert.ok(r.ms < 10_000, `${r.ms} ms`);
});

test("time.sleep blocks only its thread; sleeping threads overlap in virtual time", async () => {
  const r = await run(
    lines(
      "import _thread, time",
      "done = []",
      "def sleeper(i):",
      "    time.sleep(1)",
      "    done.append(i)",
      "t0 = time.monotonic()",
      "for i in range(4):",
      "    _thread.start_new_thread(sleeper, (i,))",
      "while len(done) < 4:",
      "    time.sleep(0.01)",
      "print(sorted(done), round(time.monotonic() - t0, 1))",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "[0, 1, 2, 3] 1.0\n");
});

test("a thread blocked on a lock inside a sorted() key function lets the others run, then completes", async () => {
  const r = await run(
    lines(
      "import _thread, time",
      "gate = _thread.allocate_lock()",
      "gate.acquire()",
      "log = []",
      "result = []",
      "def key(x):",
      "    if x == 2:",
      "        log.append('key waits')",
      "        gate.acquire()",
      "        log.append('key resumes')",
      "    return -x",
      "def sorter():",
      "    result.append(sorted([1, 2, 3], key=key))",
      "def other():",
      "    log.append('other runs')",
      "    gate.release()",
      "_thread.start_new_thread(sorter, ())",
      "time.sleep(0.1)",
      "_thread.start_new_thread(other, ())",
      "while not result:",
      "    time.sleep(0.01)",
      "print(log, result)",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "['key waits', 'other runs', 'key resumes'] [[3, 2, 1]]\n");
});

test("the counter race prints 0 under the eval-breaker switch points, as CPython 3.11", async () => {
  const r = await run(
    lines(
      "import threading",
      "target = 0",
      "def inc():",
      "    global target",
      "    for _ in range(200000):",
      "        target += 1",
      "def dec():",
      "    global target",
      "    for _ in range(200000):",
      "        target -= 1",
      "a = threading.Thread(target=inc)",
      "b = threading.Thread(target=dec)",
      "a.start(); b.start(); a.join(); b.join()",
      "print(target)",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "0\n");
});

test("a thread that takes a plain Lock it holds is reported as a deadlock, not hung", async () => {
  const r = await run(
    lines(
      "import threading",
      "lock = threading.Lock()",
      "with lock:",
      "    print('outer')",
      "    with lock:",
      "        print('never')",
    ),
  );
  assert.equal(r.out, "outer\n");
  assert.equal(r.exitCode, 3);
  assert.match(r.err, /^Deadlock detected/);
  assert.match(
    r.err,
    /MainThread waits for Lock at 0x[0-9a-f]+ \(created at <string>:2\), which it holds itself \(a self-deadlock/,
  );
  assert.match(r.err, /MainThread \(most recent call last\):\n {2}File "<string>", line 5, in <module>\n/);
  assert.ok(r.ms < 2000 + 3000, `${r.ms} ms`);
});

test("the main thread waits for non-daemon threads at exit; daemon threads stop", async () => {
  const r = await run(
    lines(
      "import threading, time",
      "def work():",
      "    time.sleep(2)",
      "    print('worker done')",
      "def forever():",
      "    while True:",
      "        time.sleep(1)",
      "threading.Thread(target=forever, daemon=True).start()",
      "threading.Thread(target=work).start()",
      "print('main done')",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.exitCode, 0);
  assert.equal(r.out, "main done\nworker done\n");
});

test("two threads taking two locks in opposite orders: the wait-for cycle is reported", async () => {
  const r = await run(
    lines(
      "import threading, time",
      "a = threading.Lock()",
      "b = threading.Lock()",
      "def one():",
      "    with a:",
      "        time.sleep(0.1)",
      "        with b:",
      "            pass",
      "def two():",
      "    with b:",
      "        time.sleep(0.1)",
      "        with a:",
      "            pass",
      "t1 = threading.Thread(target=one, name='T1')",
      "t2 = threading.Thread(target=two, name='T2')",
      "t1.start(); t2.start(); t1.join(); t2.join()",
    ),
  );
  assert.equal(r.exitCode, 3);
  assert.match(r.err, /^Deadlock detected/);
  assert.match(r.err, /\n {2}T1 waits for Lock at 0x[0-9a-f]+ \(created at <string>:3\), held by T2\n/);
  assert.match(r.err, /\n {2}T2 waits for Lock at 0x[0-9a-f]+ \(created at <string>:2\), held by T1\n/);
  assert.match(r.err, /\nThe wait-for cycle: T1 -> T2 -> T1\n/);
  assert.match(r.err, /\nT1 \(most recent call last\):\n/);
  assert.match(r.err, /line 7, in one\n/);
  assert.match(r.err, /line 12, in two\n/);
});

test("--real-time sleeps really wait", async () => {
  let out = "";
  const start = Date.now();
  await runSource(
    "import time\nt = time.monotonic()\ntime.sleep(0.2)\nprint(time.monotonic() - t >= 0.2)\n",
    {
      stdout: (s) => (out += s),
      threads: { realTime: true },
    },
  );
  assert.equal(out, "True\n");
  assert.ok(Date.now() - start >= 200);
});

test("many threads: sleeps end in deadline order, whatever the start order", async () => {
  const r = await run(
    lines(
      "import threading, time",
      "order = []",
      "def nap(i):",
      "    time.sleep(0.01 * i)",
      "    order.append(i)",
      "ids = [(i * 37) % 200 for i in range(200)]",
      "ts = [threading.Thread(target=nap, args=(i,)) for i in ids]",
      "t0 = time.monotonic()",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "print(order == sorted(ids), len(order), round(time.monotonic() - t0, 1))",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "True 200 2.0\n");
});

test("1,000 threads blocked on an Event while two others hand the GIL back and forth", async () => {
  const r = await run(
    lines(
      "import threading, time",
      "go = threading.Event()",
      "woken = []",
      "def waiter(i):",
      "    go.wait()",
      "    woken.append(i)",
      "ts = [threading.Thread(target=waiter, args=(i,)) for i in range(1000)]",
      "for t in ts: t.start()",
      "turns = []",
      "def yielder():",
      "    for _ in range(2000):",
      "        turns.append('y')",
      "        time.sleep(0)",
      "y = threading.Thread(target=yielder)",
      "y.start()",
      "for _ in range(2000):",
      "    turns.append('m')",
      "    time.sleep(0)",
      "y.join()",
      "go.set()",
      "for t in ts: t.join()",
      "print(len(turns), sorted(woken) == list(range(1000)))",
    ),
  );
  assert.equal(r.err, "");
  assert.equal(r.out, "4000 True\n");
});
