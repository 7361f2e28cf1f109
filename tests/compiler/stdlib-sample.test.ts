/**
 * Real programs: a fixed sample of CPython's own standard library (read from the installed
 * python3 at test time, never committed) must compile to the same code objects as python3
 * compiles them. `node scripts/compare-dis.mjs --stdlib` runs the whole top level.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compile } from "../../src/compiler/compile.js";
import { parse } from "../../src/parser/parser.js";
import { PYTHON } from "./helpers/cpython-ast.js";
import { cpythonCode, firstDifference, summarize } from "./helpers/code-compare.js";
import { normalizeAddresses } from "./helpers/dis-compare.js";

const SAMPLE = [
  "abc.py",
  "bisect.py",
  "calendar.py",
  "contextlib.py",
  "copy.py",
  "dataclasses.py",
  "fractions.py",
  "functools.py",
  "heapq.py",
  "json/decoder.py",
  "keyword.py",
  "operator.py",
  "queue.py",
  "random.py",
  "shlex.py",
  "string.py",
  "textwrap.py",
  "threading.py",
  "asyncio/locks.py",
  "collections/__init__.py",
];

const stdlib = execFileSync(PYTHON, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).trim();
const files = SAMPLE.map((f) => join(stdlib, f));
const expected = cpythonCode(files);

files.forEach((file, i) => {
  test(`stdlib ${SAMPLE[i]} compiles as in CPython`, () => {
    const source = readFileSync(file, "utf8");
    const ours = summarize(compile(parse(source, file, "exec"), file, "exec", { source }));
    const want = JSON.parse(normalizeAddresses(JSON.stringify(expected[i])));
    assert.equal(firstDifference(want, JSON.parse(normalizeAddresses(JSON.stringify(ours)))), null);
  });
});
