/**
 * compile() modes other than "exec": "eval" (an expression whose value is returned) and
 * "single" (one interactive statement; expression statements print with PRINT_EXPR). The code
 * objects must equal python3's.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { type CompileMode, compile } from "../../src/compiler/compile.js";
import { parse } from "../../src/parser/parser.js";
import { PYTHON } from "./helpers/cpython-ast.js";
import { type CodeSummary, firstDifference, summarize } from "./helpers/code-compare.js";
import { normalizeAddresses } from "./helpers/dis-compare.js";

const CASES: [CompileMode, string, (0 | 1 | 2)?, number?][] = [
  ["eval", "a + 1"],
  ["eval", "[x * 2 for x in y if x]"],
  ["eval", "lambda q: q if q else None"],
  ["eval", "f(*a, **k)"],
  ["single", "x = 1\n"],
  ["single", "x\n"],
  ["single", "1 + 2\n"],
  ["single", "if x:\n    y\n    z = 2\n\n"],
  ["single", "for i in range(3): i\n"],
  ["single", "def f():\n    return 1\n\n"],
  ["single", "a: int = 5\n"],
  ["exec", '"""doc"""\nassert x, "m"\nif __debug__: y()\ndef f():\n    "d"\n    return 1\n', 1],
  [
    "exec",
    '"""doc"""\nassert x, "m"\nif __debug__: y()\ndef f():\n    "d"\n    return 1\nclass C:\n    "c"\n',
    2,
  ],
  // Inherited __future__ features: annotations (0x1000000) and division (0x20000).
  ["exec", "x: List[int] = []\ndef f(a: int) -> str: pass\n", 0, 0x1000000 | 0x20000],
];

const SUMMARIES = `
import json, sys
def summary(co):
    return dict(
        name=co.co_name, qualname=co.co_qualname, firstlineno=co.co_firstlineno,
        argcount=co.co_argcount, posonlyargcount=co.co_posonlyargcount,
        kwonlyargcount=co.co_kwonlyargcount, stacksize=co.co_stacksize, flags=co.co_flags,
        code=co.co_code.hex(), linetable=co.co_linetable.hex(),
        exceptiontable=co.co_exceptiontable.hex(), names=list(co.co_names),
        varnames=list(co.co_varnames), cellvars=list(co.co_cellvars), freevars=list(co.co_freevars),
        consts=[summary(c) if hasattr(c, "co_code") else repr(c) for c in co.co_consts])
cases = json.loads(sys.argv[1])
print(json.dumps([summary(compile(src, "<input>", mode, flags=(opt + [0, 0])[1], optimize=(opt + [0])[0])) for mode, src, *opt in cases]))
`;

const expected = JSON.parse(
  execFileSync(PYTHON, ["-c", SUMMARIES, JSON.stringify(CASES)], { encoding: "utf8" }),
) as CodeSummary[];

CASES.forEach(([mode, source, optimize, flags], i) => {
  test(`compile(${JSON.stringify(source)}, mode=${mode}, optimize=${optimize ?? 0}, flags=${flags ?? 0})`, () => {
    const ours = summarize(
      compile(parse(source, "<input>", mode), "<input>", mode, { source, optimize, flags }),
    );
    const want = JSON.parse(normalizeAddresses(JSON.stringify(expected[i])));
    assert.equal(firstDifference(want, JSON.parse(normalizeAddresses(JSON.stringify(ours)))), null);
  });
});

test("compile refuses a tree that does not fit the mode", () => {
  assert.throws(() => compile(parse("x", "<input>", "exec"), "<input>", "eval"), TypeError);
});

test("nesting deeper than CPython's limit is a RecursionError, as in CPython", async () => {
  const { PyErrorCarrier } = await import("../../src/objects/error-carrier.js");
  const chain = (n: number) => Array<string>(n).fill("x").join("+");
  assert.doesNotThrow(() => compile(parse(chain(2990), "<input>", "eval"), "<input>", "eval"));
  assert.throws(
    () => compile(parse(chain(3005), "<input>", "eval"), "<input>", "eval"),
    (e: unknown) =>
      e instanceof PyErrorCarrier &&
      e.pyType === "RecursionError" &&
      e.pyMessage === "maximum recursion depth exceeded during compilation",
  );
});
