// Determinism: 100 tasks interleaving on asyncio.sleep(0) and queues print the same bytes on
// every run (and the same as python3, whose loop is deterministic for this program too); with
// the same --seed, the command line's --trace file is byte-identical too.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";
import { runPyglass, runPython } from "./helpers.js";

const PROGRAM = `
import asyncio

async def producer(q, ident, log):
    for i in range(5):
        await q.put((ident, i))
        log.append(f"p{ident}.{i}")
        if (ident + i) % 3 == 0:
            await asyncio.sleep(0)

async def consumer(q, ident, log, totals):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        src, i = item
        totals[ident] = totals.get(ident, 0) + src * 10 + i
        log.append(f"c{ident}<{src}.{i}")
        await asyncio.sleep(0)
        q.task_done()

async def spinner(ident, log):
    for step in range(ident % 4 + 1):
        log.append(f"s{ident}.{step}")
        await asyncio.sleep(0)

async def main():
    log = []
    totals = {}
    q = asyncio.Queue(maxsize=7)
    consumers = [asyncio.create_task(consumer(q, c, log, totals)) for c in range(10)]
    producers = [asyncio.create_task(producer(q, p, log)) for p in range(40)]
    spinners = [asyncio.create_task(spinner(s, log)) for s in range(50)]
    await asyncio.gather(*producers, *spinners)
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(len(log), sorted(totals.items()))
    for i in range(0, len(log), 20):
        print(" ".join(log[i:i + 20]))

asyncio.run(main())
`;

test("100 tasks on sleep(0) and a queue: byte-identical output on every run", async () => {
  const first = await runPyglass(PROGRAM);
  assert.equal(first.stderr, "");
  assert.equal(first.exitCode, 0);
  for (let run = 0; run < 2; run++) {
    const again = await runPyglass(PROGRAM);
    assert.equal(again.stdout, first.stdout);
    assert.equal(again.stderr, first.stderr);
  }
  const expected = runPython(PROGRAM);
  assert.equal(first.stdout, expected.stdout);
});

test("100 tasks, same seed: byte-identical output and trace file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-asyncio-trace-"));
  const runs: { out: string; err: string; trace: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const file = join(dir, `trace${i}.json`);
    let out = "";
    let err = "";
    const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) };
    assert.equal(await main(["--seed", "17", "--trace", file, "-c", PROGRAM], io), 0);
    runs.push({ out, err, trace: readFileSync(file, "utf8") });
  }
  const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
  assert.equal(first.err, "");
  assert.equal(second.out, first.out);
  // Every task is in the trace: the 100, asyncio.run's main task and the two of Runner.close
  // (shutdown_asyncgens, shutdown_default_executor).
  const begun = first.trace
    .split("\n")
    .filter((l) => l.includes('"cat":"asyncio","ph":"b"') && !l.includes('"name":"step"'));
  assert.equal(begun.length, 103);
  assert.ok(second.trace === first.trace, "the two traces differ");
});
