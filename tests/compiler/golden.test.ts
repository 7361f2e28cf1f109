/**
 * Golden test of `pyglass dis`: a function with a loop, a try/finally and a closure, compared
 * with the recorded output of `python3 -m dis` in tests/compiler/golden/ (code object addresses
 * normalised). Re-record with `node scripts/compare-dis.mjs --write-golden FILE.py`.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";
import { cpythonDis, normalizeAddresses } from "./helpers/dis-compare.js";

const source = join("tests", "compiler", "golden", "loop-try-closure.py");
const golden = readFileSync(join("tests", "compiler", "golden", "loop-try-closure.dis"), "utf8");

test("pyglass dis prints the golden disassembly", async () => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(["dis", source], {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  });
  assert.equal(err.join(""), "");
  assert.equal(status, 0);
  assert.equal(normalizeAddresses(out.join("")), golden);
});

test("the golden file is still what python3 -m dis prints", () => {
  assert.equal(cpythonDis([source])[0], golden);
});

test("pyglass dis reports a SyntaxError as python3 does, with exit status 1", async () => {
  const err: string[] = [];
  const status = await main(["dis", join("tests", "compiler", "golden", "syntax-error.py")], {
    stdout: () => undefined,
    stderr: (t) => void err.push(t),
  });
  assert.equal(status, 1);
  assert.match(
    err.join(""),
    /^ {2}File ".*syntax-error\.py", line 2\n.*\n.*\^+\nSyntaxError: 'return' outside function\n$/,
  );
});
