/**
 * The hashes and set-table replay behind frozenset constants (set-order.ts): CPython's hash()
 * under PYTHONHASHSEED=0 and its iteration order of frozensets built from tuples.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import type { CodeConstant } from "../../src/compiler/code.js";
import { tuple } from "../../src/compiler/const-value.js";
import { constHash, setIterationOrder } from "../../src/compiler/set-order.js";
import { constRepr } from "../../src/compiler/const-repr.js";
import { PYTHON } from "./helpers/cpython-ast.js";

const bytes = (s: string): CodeConstant => ({ kind: "bytes", bytes: new TextEncoder().encode(s) });

const VALUES: [string, CodeConstant][] = [
  ["0", 0n],
  ["-1", -1n],
  ["-2", -2n],
  ["2**61 - 1", 2n ** 61n - 1n],
  ["2**100", 2n ** 100n],
  ["-(2**100)", -(2n ** 100n)],
  ["True", true],
  ["1.5", 1.5],
  ["-0.25", -0.25],
  ["1e100", 1e100],
  ["3.0", 3.0],
  ["float('inf')", Infinity],
  ["''", ""],
  ["'a'", "a"],
  ["'hello world'", "hello world"],
  ["'exactly8'", "exactly8"],
  ["'é'", "é"],
  ["'日本'", "日本"],
  ["'😀x'", "😀x"],
  ["b'xyz'", bytes("xyz")],
  ["(1, 2)", tuple([1n, 2n])],
  ["('a', (b'x', 1.5))", tuple(["a", tuple([bytes("x"), 1.5])])],
  ["()", tuple([])],
  ["1+2j", { kind: "complex", real: 1, imag: 2 }],
];

const SETS: CodeConstant[][] = [
  [1n, 2n, 3n],
  [10n, 3n, 7n, 100n, -1n],
  ["a", "b", "c", "d"],
  ["red", "green", "blue", "alpha", "beta", "gamma", "delta"],
  [1.5, 2n, "x", tuple([1n])],
  Array.from({ length: 20 }, (_, i) => BigInt(i * 37)),
];

const script = `
import json, sys
values = [eval(v) for v in json.loads(sys.argv[1])]
sets = [eval(s) for s in json.loads(sys.argv[2])]
print(json.dumps([[str(hash(v) & (2**64 - 1)) for v in values],
                  [[repr(x) for x in frozenset(s)] for s in sets]]))
`;

const [hashes, orders] = JSON.parse(
  execFileSync(
    PYTHON,
    [
      "-c",
      script,
      JSON.stringify(VALUES.map(([src]) => src)),
      JSON.stringify(SETS.map((s) => `(${s.map(constRepr).join(", ")},)`)),
    ],
    { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } },
  ),
) as [string[], string[][]];

test("hash() of constants as CPython computes it with PYTHONHASHSEED=0", () => {
  assert.deepEqual(
    VALUES.map(([, v]) => String(constHash(v))),
    hashes,
  );
});

test("frozenset iteration order as CPython's set table gives it", () => {
  // frozenset(tuple) is one build; the compiler's constants take two (see set-order.ts).
  assert.deepEqual(
    SETS.map((s) => setIterationOrder(s, 1).map(constRepr)),
    orders,
  );
});
