// `pyglass --max-memory BYTES`: a program whose live objects outgrow the budget gets MemoryError,
// can catch it, free what it built and go on; uncaught, it ends with CPython's bare MemoryError.
import assert from "node:assert/strict";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";
import { memoryLimit } from "../../src/memory/budget.js";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  try {
    const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  } finally {
    memoryLimit.bytes = 0;
  }
}

const GROW = [
  "import sys",
  "l = []",
  "try:",
  "    while True:",
  "        l.append(len(l))",
  "except MemoryError as e:",
  "    print('caught', type(e).__name__, e.args, len(l) > 100000, sys.getsizeof(l) > 5000000)",
  "    del l",
  "x = [0] * 1000",
  "print('continues', len(x))",
  "y = []",
  "while True:",
  "    y.append(str(len(y)) * 20)",
].join("\n");

test("an ever-growing list gets MemoryError under --max-memory, caught and then uncaught", async () => {
  const r = await run(["--max-memory", "5000000", "--seed", "0", "-c", GROW]);
  assert.equal(r.out, "caught MemoryError () True True\ncontinues 1000\n");
  assert.equal(r.code, 1);
  const lines = r.err.trimEnd().split("\n");
  assert.equal(lines[0], "Traceback (most recent call last):");
  assert.match(lines[1]!, /^ {2}File "<string>", line 13, in <module>$/);
  assert.equal(lines.at(-1), "MemoryError");
});

test("within the budget nothing changes", async () => {
  const r = await run(["--max-memory=50000000", "-c", "l = [i for i in range(100000)]\nprint(len(l))"]);
  assert.deepEqual(r, { code: 0, out: "100000\n", err: "" });
});

test("--max-memory takes a positive number", async () => {
  const r = await run(["--max-memory", "lots", "-c", "pass"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /--max-memory takes a positive number of bytes/);
});
