// --trace writes Chrome Trace Event Format JSON that Perfetto and chrome://tracing open as they
// are: checked on real programs (the counter race, a lock-ordering deadlock, a
// ThreadPoolExecutor, asyncio tasks) for the fields of each phase, B/E nesting, flows that pair
// up, monotonic time stamps per thread and a name for every thread.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";
import { checkTrace } from "./trace-check.js";

const dir = mkdtempSync(join(tmpdir(), "pyglass-trace-"));
let n = 0;

async function traced(
  argv: string[],
  source?: string,
): Promise<{ code: number; out: string; err: string; trace: string }> {
  const file = join(dir, `t${n++}.json`);
  let out = "";
  let err = "";
  const args = ["--trace", file, ...argv];
  if (source !== undefined) args.push("-c", source);
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err, trace: readFileSync(file, "utf8") };
}

function valid(trace: string): ReturnType<typeof checkTrace> {
  const r = checkTrace(trace);
  assert.deepEqual(r.problems.slice(0, 10), []);
  return r;
}

test("the counter race: threads named, running/waiting slices, GIL flows with reasons", async () => {
  const r = await traced(["--seed", "3", "--switch-points=any", "examples/threads/counter_race.py"]);
  assert.equal(r.code, 0);
  const t = valid(r.trace);
  assert.deepEqual([...t.threadNames.values()], ["MainThread", "Thread-1 (inc)", "Thread-2 (dec)"]);
  const names = new Set(t.events.map((e) => e.name));
  for (const slice of ["running", "waiting for the GIL", "GIL"]) assert.ok(names.has(slice), slice);
  const reasons = new Set(
    t.events.filter((e) => e.ph === "s").map((e) => (e.args as { reason: string }).reason),
  );
  assert.ok(
    reasons.has("interval") && reasons.has("blocked") && reasons.has("finished"),
    [...reasons].join(),
  );
  assert.ok(t.events.some((e) => e.ph === "B" && e.name === "blocked on join Thread-1 (inc)"));
  assert.ok(t.events.some((e) => e.ph === "i" && e.cat === "lock"));
});

test("a lock-ordering deadlock: the report, and a valid trace that ends with both threads blocked", async () => {
  const source = [
    "import threading, time",
    "a, b = threading.Lock(), threading.Lock()",
    "def one():",
    "    with a:",
    "        time.sleep(0.1)",
    "        with b: pass",
    "def two():",
    "    with b:",
    "        time.sleep(0.1)",
    "        with a: pass",
    "t1 = threading.Thread(target=one, name='one'); t2 = threading.Thread(target=two, name='two')",
    "t1.start(); t2.start(); t1.join(); t2.join()",
  ].join("\n");
  const r = await traced(["--seed", "1"], source);
  assert.equal(r.code, 3);
  assert.match(r.err, /Deadlock detected/);
  const t = valid(r.trace);
  assert.deepEqual([...t.threadNames.values()], ["MainThread", "one", "two"]);
  const blocked = t.events.filter((e) => e.ph === "B" && String(e.name).startsWith("blocked on Lock"));
  assert.ok(blocked.length >= 2);
  assert.ok(blocked.every((e) => (e.args as { wait: string }).wait === "lock"));
  assert.ok(t.events.some((e) => e.ph === "B" && e.name === "blocked on the end of a sleep"));
});

test("ThreadPoolExecutor: worker threads, queue and future waits", async () => {
  const source = [
    "from concurrent.futures import ThreadPoolExecutor",
    "def square(x):",
    "    return x * x",
    "with ThreadPoolExecutor(4) as ex:",
    "    print(sum(ex.map(square, range(50))))",
  ].join("\n");
  const r = await traced(["--seed", "2"], source);
  assert.equal(r.err, "");
  assert.equal(r.out, "40425\n");
  const t = valid(r.trace);
  assert.ok(t.threadNames.size >= 3, [...t.threadNames.values()].join());
  assert.ok([...t.threadNames.values()].some((name) => name.startsWith("ThreadPoolExecutor-")));
  const waits = new Set(
    t.events.filter((e) => e.ph === "B" && e.cat === "wait").map((e) => (e.args as { wait: string }).wait),
  );
  assert.ok(waits.size > 0);
});

test("asyncio: each task is an async slice with its steps nested", async () => {
  const source = [
    "import asyncio",
    "async def worker(i, q):",
    "    await asyncio.sleep(0)",
    "    await q.put(i)",
    "async def main():",
    "    q = asyncio.Queue()",
    "    await asyncio.gather(*(asyncio.create_task(worker(i, q), name=f'w{i}') for i in range(3)))",
    "    print(q.qsize())",
    "asyncio.run(main())",
  ].join("\n");
  const r = await traced([], source);
  assert.equal(r.err, "");
  assert.equal(r.out, "3\n");
  const t = valid(r.trace);
  const begun = t.events.filter((e) => e.ph === "b" && e.cat === "asyncio").map((e) => e.name);
  for (const name of ["w0", "w1", "w2", "step"]) assert.ok(begun.includes(name), name);
});

test("gc collections are slices on the collecting thread", async () => {
  const r = await traced([], "import gc\nclass A: pass\na = A(); a.self = a; del a\nprint(gc.collect() > 0)");
  assert.equal(r.out, "True\n");
  const t = valid(r.trace);
  assert.ok(t.events.some((e) => e.ph === "B" && e.name === "gc (generation 2)" && e.cat === "gc"));
});

test("a gc slice says what the collection did: counts, collected, finalizers, ticks", async () => {
  const src =
    "import gc\nclass D:\n    def __del__(self): pass\n" +
    "gc.collect()\nfor i in range(3):\n    d = D(); d.self = d\ndel d\nprint(gc.collect(1))";
  const r = await traced([], src);
  assert.equal(r.out, "3\n");
  const t = valid(r.trace);
  const begins = t.events.filter((e) => e.ph === "B" && e.name === "gc (generation 1)");
  assert.equal(begins.length, 1);
  assert.deepEqual(begins[0]!.args, { count: [3, 0, 0] });
  const end = t.events.find((e) => e.ph === "E" && e.name === "gc (generation 1)");
  assert.ok(end !== undefined);
  const args = end.args as { [k: string]: unknown };
  assert.deepEqual(
    { ...args, ticks: undefined },
    { collected: 3, uncollectable: 0, finalized: 3, count: [0, 0, 1], ticks: undefined },
  );
  // Instructions the finalizers ran, as precise as the clock is inside a slice.
  assert.ok(Number.isInteger(args.ticks) && (args.ticks as number) >= 0);
});

test("the checker finds broken traces", () => {
  const bad = JSON.stringify({
    traceEvents: [
      { name: "running", ph: "B", ts: 5, pid: 1, tid: 1 },
      { name: "x", ph: "i", ts: 4, pid: 1, tid: 1, s: "t" },
      { name: "GIL", cat: "gil", ph: "s", ts: 5, pid: 1, tid: 1, id: 1 },
    ],
  });
  const problems = checkTrace(bad).problems.join("\n");
  assert.match(problems, /ts goes back/);
  assert.match(problems, /B without E/);
  assert.match(problems, /flow 1 has no end/);
  assert.match(problems, /tid 1 has no thread_name/);
  assert.match(checkTrace("{").problems.join(), /not JSON/);
});
