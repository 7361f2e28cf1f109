// `pyglass --gc-log prog.py`: one line per collection on stderr, after what the program wrote;
// the program's own output is unchanged.
import assert from "node:assert/strict";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const PROGRAM = [
  "import gc",
  "class D:",
  "    def __del__(self): pass",
  "gc.collect()",
  "for i in range(3):",
  "    d = D(); d.self = d",
  "del d",
  "print(gc.collect(0))",
  "gc.collect()",
].join("\n");

const LINE =
  /^pyglass gc: #(\d+) generation (\d): collected (\d+), uncollectable (\d+), finalized (\d+), count \((\d+), (\d+), (\d+)\) -> \((\d+), (\d+), (\d+)\), (\d+) ticks, \d+\.\d\d ms$/;

test("--gc-log prints a line per collection", async () => {
  const r = await run(["--gc-log", "--seed", "0", "-c", PROGRAM]);
  assert.equal(r.code, 0);
  assert.equal(r.out, "3\n");
  const lines = r.err.trimEnd().split("\n");
  const parsed = lines.map((l) => {
    const m = LINE.exec(l);
    assert.ok(m !== null, l);
    return m.slice(1, 12).map(Number);
  });
  // The three explicit collections (then the one at exit).
  assert.ok(parsed.length >= 3);
  assert.deepEqual(
    parsed.slice(0, 3).map((p) => p.slice(0, 5)),
    [
      [1, 2, 0, 0, 0],
      [2, 0, 3, 0, 3],
      [3, 2, 0, 0, 0],
    ],
  );
  // gc.get_count() before and after the generation-0 collection.
  assert.deepEqual(parsed[1]!.slice(5, 11), [3, 0, 0, 0, 1, 0]);
});

test("without --gc-log nothing is printed", async () => {
  const r = await run(["--seed", "0", "-c", PROGRAM]);
  assert.equal(r.err, "");
  assert.equal(r.out, "3\n");
});

test("--help lists --gc-log", async () => {
  const r = await run(["--help"]);
  assert.match(r.out, /--gc-log/);
});
