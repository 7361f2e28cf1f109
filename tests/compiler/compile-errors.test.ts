/**
 * SyntaxErrors raised by the symbol table and the code generator: message, line, offset and
 * end position must be python3's (computed at test time, all cases in one python3 process).
 * Each program is compiled from pyglass's own AST and from CPython's (the JSON bridge), so a
 * failure says whether the parser's tree or the compiler is at fault.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type * as ast from "../../src/parser/ast.generated.js";
import { parse } from "../../src/parser/parser.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";
import { compile } from "../../src/compiler/compile.js";
import { PYTHON, cpythonAsts } from "./helpers/cpython-ast.js";

const CASES: Record<string, string> = {
  "global-param": "def f(x):\n    global x\n",
  "nonlocal-param": "def f(x):\n    def g(x):\n        nonlocal x\n",
  "global-after-use": "def f():\n    print(x)\n    global x\n",
  "global-after-assign": "def f():\n    x = 1\n    global x\n",
  "nonlocal-after-use": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
  "nonlocal-after-assign": "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
  "global-annotated": "def f():\n    x: int = 1\n    global x\n",
  "annotated-global": "def f():\n    global x\n    x: int\n",
  "annotated-nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
  "nonlocal-module": "x = 1\nnonlocal x\n",
  "nonlocal-no-binding": "def f():\n    nonlocal y\n",
  "nonlocal-no-binding-class": "def f():\n    class C:\n        nonlocal q\n",
  "nonlocal-and-global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
  "duplicate-argument": "def f(a, b, a):\n    pass\n",
  "duplicate-argument-lambda": "lambda a, *, a: 1\n",
  "duplicate-kwarg": "def f(a, **a):\n    pass\n",
  "yield-outside": "x = 1\nyield x\n",
  "yield-class": "class C:\n    yield 1\n",
  "yield-from-outside": "yield from x\n",
  "return-outside": "x = 1\nreturn x\n",
  "return-class": "class C:\n    return 1\n",
  "await-outside": "await x\n",
  "await-not-async": "def f():\n    await x\n",
  "break-outside": "x = 1\nbreak\n",
  "break-in-def-in-loop": "for i in x:\n    def f():\n        break\n",
  "continue-outside": "if x:\n    continue\n",
  "walrus-rebind-iter": "[i := 0 for i in range(3)]\n",
  "walrus-iterable": "[x for x in (y := [1, 2])]\n",
  "walrus-class-comp": "class C:\n    [(z := 1) for q in range(2)]\n",
  "walrus-inner-loop": "[(j := 1) for i in range(2) for j in range(3)]\n",
  "yield-in-listcomp": "def f():\n    return [(yield x) for x in y]\n",
  "yield-in-genexp": "def f():\n    return ((yield x) for x in y)\n",
  "import-star-function": "def f():\n    from os import *\n",
  "return-value-async-gen": "async def f():\n    yield 1\n    return 2\n",
  "yield-from-async": "async def f():\n    yield from x\n",
  "async-for-outside": "def f():\n    async for x in y:\n        pass\n",
  "async-with-outside": "def f():\n    async with x:\n        pass\n",
  "async-comprehension-outside": "def f():\n    return [x async for x in y]\n",
  "default-except-not-last": "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
  "break-in-except-star": "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
  "return-in-except-star": "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
  "keyword-repeated": "f(a=1, b=2, a=3)\n",
  "multiple-starred": "a, *b, *c = d\n",
  "assign-debug-arg": "def f(__debug__):\n    pass\n",
  "future-late": "x = 1\nfrom __future__ import annotations\n",
  "future-unknown": "from __future__ import spam\n",
  "future-braces": "from __future__ import braces\n",
  "future-same-line": "import os; from __future__ import annotations\n",
  "match-irrefutable": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
  "match-wildcard": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
  "match-duplicate-name": "match x:\n    case [a, a]:\n        pass\n",
  "match-or-different": "match x:\n    case [a] | [b]:\n        pass\n",
  "match-duplicate-key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
  "match-duplicate-attr": "match x:\n    case C(a=1, a=2):\n        pass\n",
  "non-ascii-break": 'x = "éé"; break\n',
  "too-many-blocks":
    Array.from({ length: 21 }, (_, i) => `${"  ".repeat(i)}for x${i} in y:\n`).join("") +
    `${"  ".repeat(21)}pass\n`,
  "starred-assign-alone": "*a = b\n",
  "starred-expression": "*a\n",
  "starred-assigned": "x = *a\n",
  "return-outside-after-def": "def f():\n    pass\nreturn\n",
  "await-in-class-in-async": "async def f():\n    class C:\n        await x\n",
  "yield-in-annotation-future": "from __future__ import annotations\ndef f(x: (yield)): pass\n",
};

const dir = mkdtempSync(join(tmpdir(), "pyglass-compile-errors-"));
const names = Object.keys(CASES);
const files = names.map((name) => {
  const path = join(dir, `${name}.py`);
  writeFileSync(path, CASES[name]!);
  return path;
});

interface ErrorInfo {
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

const expected = JSON.parse(
  execFileSync(
    PYTHON,
    [
      "-c",
      `
import json, sys
out = []
for path in sys.argv[1:]:
    try:
        compile(open(path, "rb").read(), path, "exec")
        out.append(None)
    except SyntaxError as e:
        out.append(dict(msg=e.msg, lineno=e.lineno, offset=e.offset, end_lineno=e.end_lineno, end_offset=e.end_offset))
print(json.dumps(out))
`,
      ...files,
    ],
    { encoding: "utf8" },
  ),
) as (ErrorInfo | null)[];
const bridged = cpythonAsts(files);

function compileError(tree: ast.mod, path: string, source: string): ErrorInfo | null {
  try {
    compile(tree, path, "exec", { source });
    return null;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    return {
      msg: e.msg,
      lineno: e.lineno,
      offset: e.offset,
      end_lineno: e.endLineno,
      end_offset: e.endOffset,
    };
  }
}

names.forEach((name, i) => {
  test(`compile error: ${name}`, () => {
    const want = expected[i]!;
    assert.notEqual(want, null, `python3 compiles ${name}`);
    const tree = bridged[i]!;
    assert.ok(!("error" in tree), `python3's parser rejects ${name}: not a compiler error`);
    const source = CASES[name]!;
    assert.deepEqual(compileError(tree, files[i]!, source), want, "from CPython's AST");
    assert.deepEqual(
      compileError(parse(source, files[i]!, "exec"), files[i]!, source),
      want,
      "from pyglass's AST",
    );
  });
});
