// Deep recursion: Python frames live on the heap, so 50,000 nested calls run once the limit is
// raised, and the limit itself raises RecursionError with CPython's messages. The messages'
// suffixes are those CPython 3.11 gives (checked against python3 at the default limit, where it
// does not overflow its C stack): none for Python-to-Python calls, " while getting the repr of an
// object", " while calling a Python object", " in comparison".
import assert from "node:assert/strict";
import { test } from "node:test";
import { runSource } from "../../src/index.js";

async function run(source: string): Promise<{ exitCode: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const r = await runSource(source, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { exitCode: r.exitCode, out, err };
}

test("50,000 nested Python frames run after sys.setrecursionlimit(100_000)", async () => {
  const r = await run(
    [
      "import sys",
      "sys.setrecursionlimit(100_000)",
      "def down(n):",
      "    return 0 if n == 0 else 1 + down(n - 1)",
      "print(down(50_000))",
      "def depth(n=1):",
      "    try:",
      "        return depth(n + 1)",
      "    except RecursionError as e:",
      "        return n",
      "print(depth())",
    ].join("\n"),
  );
  assert.equal(r.err, "");
  // python3 prints 99999 for depth(): the module frame is the one level left.
  assert.equal(r.out, "50000\n99999\n");
});

test("passing the limit raises RecursionError with CPython's message for each kind of call", async () => {
  const r = await run(
    [
      "import sys",
      "sys.setrecursionlimit(100_000)",
      "def plain(n):",
      "    return plain(n + 1)",
      "class Loop:",
      "    def __repr__(self):",
      "        return repr(self)",
      "class Calls:",
      "    def __call__(self):",
      "        return self()",
      "class Eq:",
      "    def __eq__(self, other):",
      "        return self == other",
      "for f in (lambda: plain(0), lambda: repr(Loop()), lambda: Calls()(), lambda: Eq() == Eq()):",
      "    try:",
      "        f()",
      "    except RecursionError as e:",
      "        print(type(e).__name__, e)",
    ].join("\n"),
  );
  assert.equal(r.err, "");
  assert.equal(
    r.out,
    [
      "RecursionError maximum recursion depth exceeded",
      "RecursionError maximum recursion depth exceeded",
      "RecursionError maximum recursion depth exceeded while calling a Python object",
      "RecursionError maximum recursion depth exceeded in comparison",
      "",
    ].join("\n"),
  );
});

test("an uncaught RecursionError ends the program with CPython's traceback tail", async () => {
  const r = await run(["def f():", "    return f()", "f()"].join("\n"));
  assert.equal(r.exitCode, 1);
  assert.equal(r.out, "");
  assert.ok(r.err.startsWith("Traceback (most recent call last):\n"), r.err);
  assert.ok(r.err.includes("  [Previous line repeated 996 more times]\n"), r.err);
  assert.ok(r.err.endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err);
});
