// The compile tier (src/vm/jit/, docs/internals/vm.md "The compile tier") must not change
// execution in any way a program or a trace could see: the same output, and slices of the
// instruction budget that end at exactly the same instruction of the same frame. These tests run
// programs in slices of several sizes with every code object compiled from its first run, and
// compare each slice's end with the interpreter's.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { RunStatus, run } from "../../src/vm/eval.js";
import { PyCode } from "../../src/objects/code.js";
import { Frame } from "../../src/vm/frame.js";
import { compiledSource, jitStats, setJitMode } from "../../src/vm/jit/compile.js";
import type { JitMode } from "../../src/vm/jit/compile.js";
import { NativeFrame } from "../../src/vm/thread.js";
import type { Thread } from "../../src/vm/thread.js";
import { mainFrame, newInterpreter } from "./helpers.js";

afterEach(() => setJitMode("never"));

/** Where the thread stands: each frame's code, next instruction and stack depth, top first. */
function position(t: Thread): string {
  const out: string[] = [];
  for (let f = t.top; f !== null; f = f.back)
    out.push(
      f instanceof NativeFrame
        ? "<native>"
        : `${(f as Frame).code.name}@${(f as Frame).ip}/${(f as Frame).sp}`,
    );
  return out.join(" ");
}

/** Runs source in slices of `slice` instructions; the position after each slice, and the output. */
async function slices(
  source: string,
  slice: number,
  mode: JitMode,
): Promise<{ ends: string[]; out: string }> {
  setJitMode(mode);
  const compiledBefore = jitStats.compiled;
  const c = await newInterpreter();
  await mainFrame(c, source);
  const t = c.interp.mainThread;
  const ends: string[] = [];
  for (let n = 0; ; n++) {
    assert.ok(n < 200000, "the program did not finish");
    if (run(t, slice) === RunStatus.DONE) break;
    ends.push(position(t));
  }
  c.interp.finalize(0);
  assert.equal(t.error, null);
  // Not vacuous: with the tier on, code was compiled (and so ran compiled).
  assert.equal(jitStats.compiled > compiledBefore, mode !== "never");
  return { ends, out: c.out.join("") };
}

/**
 * Runs source in slices of each size, with the tier in `mode` and with the interpreter alone:
 * the same output and the same slice ends. The output.
 */
async function sameAsInterpreter(source: string, sizes: readonly number[], mode: JitMode): Promise<string> {
  let out = "";
  for (const slice of sizes) {
    const interpreted = await slices(source, slice, "never");
    const compiled = await slices(source, slice, mode);
    assert.equal(compiled.out, interpreted.out);
    assert.deepEqual(compiled.ends, interpreted.ends);
    out = interpreted.out;
  }
  return out;
}

/**
 * Runs source to its end with "auto"; its output, and the code object of the function named
 * `name` it defines.
 */
async function runAuto(source: string): Promise<{ out: string; code: (name: string) => PyCode }> {
  setJitMode("auto");
  const c = await newInterpreter();
  const module = await mainFrame(c, source);
  const t = c.interp.mainThread;
  while (run(t, 1 << 20) !== RunStatus.DONE);
  c.interp.finalize(0);
  const code = (name: string): PyCode =>
    module.code.consts.find((v): v is PyCode => v instanceof PyCode && v.name === name)!;
  return { out: c.out.join(""), code };
}

const PROGRAM = [
  "class V:",
  "    def __init__(self, x, y): self.x = x; self.y = y",
  "    def __add__(self, o): return V(self.x + o.x, self.y + o.y)",
  "    @property",
  "    def norm(self): return self.x * self.x + self.y * self.y",
  "def gen(n):",
  "    for i in range(n):",
  "        yield i * 0.5",
  "def work(n):",
  "    total = 0",
  "    acc = V(0, 0)",
  "    d = {}",
  "    for i in range(n):",
  "        a, b = i, i + 1",
  "        if i % 3 == 0 and a < b:",
  "            total += a * b",
  "        elif i % 3 == 1:",
  "            total -= len([x for x in range(i % 5)])",
  "        acc = acc + V(i, 1.5)",
  "        d[i % 7] = d.get(i % 7, 0) + 1",
  "        try:",
  "            total += 10 // (i % 4)",
  "        except ZeroDivisionError:",
  "            total += 1",
  "    return total, acc.norm, sorted(d.items()), sum(gen(n))",
  "print(work(60))",
].join("\n");

for (const slice of [1, 3, 17, 1000]) {
  test(`compiled code ends every slice of ${slice} instructions where the interpreter does`, async () => {
    const out = await sameAsInterpreter(PROGRAM, [slice], "always");
    assert.ok(out.startsWith("("), out);
  });
}

test("calls from compiled code run nested, deeper than the nesting limit and up to the recursion limit", async () => {
  // Recursion deeper than runNested's limit (32) goes back through run() and nests again; the
  // recursion limit raises at the same depth, with the same traceback, as in the interpreter.
  const source = [
    "import sys",
    "def down(n):",
    "    return n if n == 0 else 1 + down(n - 1)",
    "def forever(n):",
    "    return forever(n + 1)",
    "sys.setrecursionlimit(300)",
    "print(down(250))",
    "try:",
    "    forever(0)",
    "except RecursionError as e:",
    "    tb = e.__traceback__",
    "    depth = 0",
    "    while tb is not None:",
    "        depth += 1",
    "        tb = tb.tb_next",
    "    print(e, depth)",
  ].join("\n");
  const nestedBefore = jitStats.nested;
  const out = await sameAsInterpreter(source, [17, 1 << 20], "always");
  assert.ok(jitStats.nested > nestedBefore + 500, "calls ran nested");
  assert.equal(out, "250\nmaximum recursion depth exceeded 300\n");
});

test("compiled code runs from a backward jump once its code warms up in a running frame", async () => {
  // "auto": the loop's frame starts interpreted and moves to compiled code at a backward jump.
  const source = [
    "def f(n):",
    "    s = 0",
    "    for i in range(n):",
    "        s += i",
    "    return s",
    "print(f(5000))",
  ].join("\n");
  assert.equal(await sameAsInterpreter(source, [1 << 20], "auto"), "12497500\n");
});

/**
 * `f(n, P())`, whose loop over range(n) runs `stmt` from iteration `from` on: instructions that
 * do not run while the loop warms up (1,000 backward jumps) if `from` is larger.
 */
const lateBranch = (from: number, stmt: string, n: number): string =>
  [
    "class P:",
    "    v = 2",
    "def f(n, p):",
    "    s = 0",
    "    for i in range(n):",
    `        if i >= ${from}:`,
    `            ${stmt}`,
    "        s += i",
    "    return s",
    `print(f(${n}, P()))`,
  ].join("\n");

test('"auto" compiles what never ran in the interpreter as an exit back to it', async () => {
  // The attribute load and the global only run once the loop is compiled (after 1,000 backward
  // jumps): they hand the frame to the interpreter, which goes on to the next backward jump.
  const stmt = "s += p.v + len(P.__name__)";
  assert.equal(await sameAsInterpreter(lateBranch(2500, stmt, 3000), [17, 1 << 20], "auto"), "4500000\n");
  // The source compiled for f once its loop ran without (and then with) the branch.
  const sourceAfter = async (n: number): Promise<string> => {
    const f = (await runAuto(lateBranch(2500, stmt, n))).code("f");
    assert.notEqual(f.jit, null);
    return compiledSource(f)!;
  };
  const exit = /code\.bails\+\+/g;
  assert.equal((await sourceAfter(2000)).match(exit)?.length, 4);
  assert.equal((await sourceAfter(3000)).match(exit), null);
});

test('"auto" compiles code again once its bail-outs turn common', async () => {
  // From i = 1500 on, every iteration bails out at `p.v`: after 1,000 of them f is compiled
  // again, with the attribute load.
  const source = lateBranch(1500, "s += p.v", 6000);
  const before = jitStats.compiled;
  const { out, code } = await runAuto(source);
  assert.equal(out, "18006000\n");
  assert.equal(jitStats.compiled - before, 2);
  assert.doesNotMatch(compiledSource(code("f"))!, /code\.bails\+\+/);
  assert.equal(await sameAsInterpreter(source, [17, 1 << 20], "auto"), out);
});

test("a compiled function's source has one case per entry point, not per instruction", async () => {
  const c = await newInterpreter();
  const module = await mainFrame(c, "def f(a, b):\n    return a * b + a - b\n");
  const f = module.code.consts.find((v) => v instanceof PyCode);
  assert.ok(f instanceof PyCode);
  const src = compiledSource(f);
  assert.ok(src !== null);
  // Entry points: the start only (no jumps, calls or handlers).
  assert.equal((src.match(/case \d+:/g) ?? []).length, 1, src);
});

test("compiled code keeps the top of the value stack in locals within a run", async () => {
  const c = await newInterpreter();
  const module = await mainFrame(c, "def f(a, b):\n    return a[0] * b + a[1] - b\n");
  const f = module.code.consts.find((v) => v instanceof PyCode);
  assert.ok(f instanceof PyCode);
  const src = compiledSource(f);
  assert.ok(src !== null);
  // Loads, subscripts and arithmetic in c0, c1, ...; the slots only when the value is returned.
  assert.match(src, /c2 = consts\[/, src);
  assert.doesNotMatch(src, /s\[sp\+\+\] = v;/, src);
});

test("values in locals are in the slots again wherever the frame can be seen", async () => {
  // An unbound local read with values cached, a general path (str + int raises), a truth test
  // of a Python object and a subscript of a dict: the same output as the interpreter's.
  const source = [
    "class T:",
    "    def __bool__(self): return len(str(self)) > 0",
    "def f(flag, d):",
    "    if flag:",
    "        z = 2",
    "    total = 0",
    "    for i in range(300):",
    "        total = total + d['k'] * i - (1 if T() else 0)",
    "    try:",
    "        total = total + 'x'",
    "    except TypeError as e:",
    "        print(e)",
    "    return total + 1 + z",
    "print(f(True, {'k': 2.5}))",
    "try:",
    "    f(False, {'k': 1})",
    "except UnboundLocalError as e:",
    "    print(e)",
  ].join("\n");
  assert.match(await sameAsInterpreter(source, [7, 1 << 20], "always"), /cannot access local variable 'z'/);
});

test('"auto" compiles code whose loop runs hot, not code that is only called often', async () => {
  const source =
    "def g(x):\n    return x + 1\ndef f(n):\n    s = 0\n    for i in range(n):\n        s = g(s)\n    return s\nprint(f(3000))\n";
  const { out, code } = await runAuto(source);
  assert.equal(out, "3000\n");
  assert.notEqual(code("f").jit, null);
  assert.equal(code("g").jit, null);
});
