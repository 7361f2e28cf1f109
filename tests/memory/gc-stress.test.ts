// GC stress mode's own checks (src/memory/stress.ts): a reference referents() misses is
// reported as soon as a census reaches its holder; an instruction that drops no reference lets
// the next boundary skip its census, and one that does, does not; a stressed program prints
// what it prints normally.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runSource } from "../../src/index.js";
import { memoryDebug } from "../../src/memory/active.js";
import { StressChecks } from "../../src/memory/stress.js";
import { PyObject, objectType } from "../../src/objects/core.js";
import { PyList } from "../../src/objects/list.js";

/** A host object that keeps a Python list where the generic field walk does not look. */
class Hidden extends PyObject {
  readonly box: { inner: PyList[] };
  constructor(list: PyList) {
    super(objectType);
    this.box = { inner: [list] };
  }
}

/** The same list in a plain field: referents() lists it. */
class Shown extends PyObject {
  constructor(readonly list: PyList) {
    super(objectType);
  }
}

test("a Python object held where referents() does not look fails the stress check", () => {
  const list = new PyList([]);
  const checks = new StressChecks();
  assert.throws(
    () => checks.afterMark(new Set<PyObject>([new Hidden(list), list]), new WeakSet()),
    /gc stress: referents\(\) of a object object \(Hidden\) misses a list/,
  );
  assert.doesNotThrow(() => checks.afterMark(new Set<PyObject>([new Shown(list), list]), new WeakSet()));
});

test("an object declared dead and reached again fails the stress check", () => {
  const list = new PyList([]);
  const dead = new WeakSet<PyObject>([list]);
  assert.throws(
    () => new StressChecks().afterMark(new Set<PyObject>([list]), dead),
    /gc stress: a list object declared dead is reachable/,
  );
});

async function run(source: string, stress: number): Promise<string> {
  let out = "";
  memoryDebug.stress = stress;
  try {
    await runSource(source, { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) });
  } finally {
    memoryDebug.stress = 0;
  }
  return out;
}

test("a stressed program prints what it prints normally, __del__ at the same moments", async () => {
  const source = [
    "class D:",
    "    def __init__(self, n): self.n = n",
    "    def __del__(self): print('del', self.n)",
    "def f():",
    "    a = D(1)",
    "    b = [D(2), D(3)]",
    "    x = a",
    "    y = x",
    "    print('before')",
    "    del b",
    "    print('after')",
    "f()",
    "d = {'k': D(4)}",
    "d['k'] = None",
    "print('end')",
  ].join("\n");
  const normal = await run(source, 0);
  assert.equal(normal, "before\ndel 3\ndel 2\nafter\ndel 1\ndel 4\nend\n");
  assert.equal(await run(source, 1), normal);
});
