// The suspension invariant (docs/internals/suspension.md): a thread can stop at any instruction
// and resume later, also inside Python code that a builtin called back (a sorted() key
// function, __eq__ during a dict lookup, __init__ from a class call, a generator driven by
// list()), because that Python code runs as frames of the same loop above a suspended native.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RunStatus, run } from "../../src/vm/eval.js";
import { Frame } from "../../src/vm/frame.js";
import { NativeFrame } from "../../src/vm/thread.js";
import type { Thread } from "../../src/vm/thread.js";
import { mainFrame, newInterpreter } from "./helpers.js";

/** The thread's frame stack from the top: Python frames by code name, natives as "<native>". */
function stack(t: Thread): string[] {
  const out: string[] = [];
  for (let f = t.top; f !== null; f = f.back)
    out.push(f instanceof NativeFrame ? "<native>" : (f as Frame).code.name);
  return out;
}

/** Runs one instruction at a time; returns every distinct stack shape seen, in order. */
function stepThrough(t: Thread, limit = 100000): string[][] {
  const shapes: string[][] = [];
  let last = "";
  for (let i = 0; i < limit; i++) {
    const status = run(t, 1);
    const s = stack(t);
    if (s.join("/") !== last) {
      shapes.push(s);
      last = s.join("/");
    }
    if (status === RunStatus.DONE) return shapes;
  }
  throw new Error("program did not finish");
}

test("stops inside a key function called by sorted(), shows the native between frames, resumes", async () => {
  const c = await newInterpreter();
  await mainFrame(
    c,
    ["def key(x):", "    y = -x", "    return y", "print(sorted([3, 1, 2], key=key))"].join("\n"),
  );
  const t = c.interp.mainThread;
  // Run instruction by instruction until the key function is executing.
  let steps = 0;
  while (stack(t)[0] !== "key") {
    assert.equal(run(t, 1), RunStatus.BUDGET, "the program ended before the key function ran");
    steps++;
    assert.ok(steps < 1000);
  }
  assert.deepEqual(stack(t), ["key", "<native>", "<module>"]);
  const keyFrame = t.top as Frame;
  assert.equal(keyFrame.code.name, "key");
  assert.equal(c.out.join(""), "", "nothing printed before the sort finished");
  // Resume: the rest of the sort (two more key calls) and the print run to completion.
  while (run(t, 1) !== RunStatus.DONE) {
    // one instruction per slice
  }
  c.interp.finalize(0);
  assert.equal(c.out.join(""), "[3, 2, 1]\n");
  assert.equal(t.error, null);
});

test("every Python call from natives runs as a frame above a suspended native", async () => {
  const c = await newInterpreter();
  await mainFrame(
    c,
    [
      "class K:",
      "    def __init__(self, v): self.v = v",
      "    def __hash__(self): return hash(self.v)",
      "    def __eq__(self, other): return self.v == other.v",
      "def gen():",
      "    yield 1",
      "    yield 2",
      "d = {K(1): 'a'}",
      "print(d[K(1)], list(gen()))",
    ].join("\n"),
  );
  const shapes = stepThrough(c.interp.mainThread).map((s) => s.join(" > "));
  c.interp.finalize(0);
  assert.equal(c.out.join(""), "a [1, 2]\n");
  // __init__ from a class call runs directly as a frame (no native needed); __hash__ and __eq__
  // run above the dict lookup; the generator runs above list().
  assert.ok(shapes.includes("__init__ > <module>"), shapes.join("\n"));
  assert.ok(shapes.includes("__hash__ > <native> > <module>"), shapes.join("\n"));
  assert.ok(shapes.includes("__eq__ > <native> > <module>"), shapes.join("\n"));
  assert.ok(shapes.includes("gen > <native> > <module>"), shapes.join("\n"));
});

test("a slice that ends inside a generator resumes the same generator frame", async () => {
  const c = await newInterpreter();
  await mainFrame(
    c,
    [
      "def g():",
      "    for i in range(3):",
      "        yield i * 10",
      "total = 0",
      "for v in g():",
      "    total += v",
      "print(total)",
    ].join("\n"),
  );
  const t = c.interp.mainThread;
  let seenInGen = 0;
  for (;;) {
    const status = run(t, 3);
    if (stack(t)[0] === "g") seenInGen++;
    if (status === RunStatus.DONE) break;
  }
  c.interp.finalize(0);
  assert.ok(seenInGen > 0, "some slice ended inside the generator");
  assert.equal(c.out.join(""), "30\n");
});

test("the JavaScript stack does not grow with Python recursion", async () => {
  const c = await newInterpreter();
  await mainFrame(
    c,
    [
      "import sys",
      "sys.setrecursionlimit(100000)",
      "def f(n):",
      "    return 0 if n == 0 else 1 + f(n - 1)",
      "print(f(50000))",
    ].join("\n"),
  );
  const t = c.interp.mainThread;
  let maxDepth = 0;
  for (;;) {
    const status = run(t, 5000);
    maxDepth = Math.max(maxDepth, t.depth);
    if (status === RunStatus.DONE) break;
  }
  c.interp.finalize(0);
  assert.equal(c.out.join(""), "50000\n");
  assert.ok(maxDepth >= 50000, `reached depth ${maxDepth}`);
});

/**
 * Each callback from a builtin, stopped in its middle (the top frame is the Python callback,
 * with the stack shape given), then resumed one instruction per slice to the end.
 */
const CALLBACKS: readonly {
  readonly what: string;
  readonly source: readonly string[];
  readonly stopIn: string;
  readonly shape: readonly string[];
  readonly output: string;
}[] = [
  {
    what: "a function called by map()",
    source: ["def f(x):", "    y = x * 2", "    return y", "print(list(map(f, [1, 2, 3])))"],
    stopIn: "f",
    shape: ["f", "<native>", "<module>"],
    output: "[2, 4, 6]\n",
  },
  {
    what: "__hash__ during a dict lookup",
    source: [
      "class K:",
      "    def __init__(self, v): self.v = v",
      "    def __hash__(self):",
      "        h = hash(self.v)",
      "        return h",
      "d = {2: 'two'}",
      "print(d.get(K(1)), K(1) in d)",
    ],
    stopIn: "__hash__",
    shape: ["__hash__", "<native>", "<module>"],
    output: "None False\n",
  },
  {
    what: "__eq__ during a dict lookup",
    source: [
      "class K:",
      "    def __init__(self, v): self.v = v",
      "    def __hash__(self): return hash(self.v)",
      "    def __eq__(self, other):",
      "        same = self.v == other.v",
      "        return same",
      "d = {K(1): 'a'}",
      "print(d[K(1)])",
    ],
    stopIn: "__eq__",
    shape: ["__eq__", "<native>", "<module>"],
    output: "a\n",
  },
  {
    what: "__init__ from a class call",
    source: [
      "class P:",
      "    def __init__(self, x):",
      "        self.x = x",
      "        self.y = x + 1",
      "p = P(4)",
      "print(p.x, p.y)",
    ],
    stopIn: "__init__",
    shape: ["__init__", "<module>"],
    output: "4 5\n",
  },
  {
    what: "__iter__ driven by list()",
    source: [
      "class Count:",
      "    def __init__(self, n): self.n = n",
      "    def __iter__(self):",
      "        self.i = 0",
      "        return self",
      "    def __next__(self):",
      "        if self.i >= self.n: raise StopIteration",
      "        self.i += 1",
      "        return self.i",
      "print(list(Count(3)))",
    ],
    stopIn: "__iter__",
    shape: ["__iter__", "<native>", "<module>"],
    output: "[1, 2, 3]\n",
  },
  {
    what: "__next__ driven by list()",
    source: [
      "class Count:",
      "    def __init__(self, n): self.n = n",
      "    def __iter__(self): return self",
      "    def __next__(self):",
      "        if getattr(self, 'i', 0) >= self.n: raise StopIteration",
      "        self.i = getattr(self, 'i', 0) + 1",
      "        return self.i",
      "print(list(Count(3)))",
    ],
    stopIn: "__next__",
    shape: ["__next__", "<native>", "<module>"],
    output: "[1, 2, 3]\n",
  },
];

for (const cb of CALLBACKS) {
  test(`stops inside ${cb.what} and resumes`, async () => {
    const c = await newInterpreter();
    await mainFrame(c, cb.source.join("\n"));
    const t = c.interp.mainThread;
    let steps = 0;
    while (stack(t)[0] !== cb.stopIn) {
      assert.equal(run(t, 1), RunStatus.BUDGET, `the program ended before ${cb.stopIn} ran`);
      assert.ok(++steps < 10000);
    }
    // One more instruction: the callback is now mid-way, not just entered.
    assert.equal(run(t, 1), RunStatus.BUDGET);
    assert.deepEqual(stack(t), cb.shape);
    assert.equal(c.out.join(""), "", "nothing printed before the builtin finished");
    while (run(t, 1) !== RunStatus.DONE) {
      // one instruction per slice
    }
    c.interp.finalize(0);
    assert.equal(t.error, null);
    assert.equal(c.out.join(""), cb.output);
  });
}
