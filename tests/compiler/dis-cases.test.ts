/**
 * The dis corpus: every program in tests/compiler/dis-cases/ must disassemble exactly as
 * `python3 -m dis` does (code object addresses aside), and its code objects must equal
 * CPython's byte for byte (co_code, co_linetable, co_exceptiontable, stack size, flags, names,
 * constants). Deliberate differences are listed in dis-known-differences.txt with a reason; a
 * listed case that starts to match fails too, so the list stays honest.
 * scripts/compare-dis.mjs --diff shows the differences.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { compile } from "../../src/compiler/compile.js";
import { parse } from "../../src/parser/parser.js";
import { cpythonCode, firstDifference, summarize } from "./helpers/code-compare.js";
import { compareDis, lineDiff, loadKnownDifferences, normalizeAddresses } from "./helpers/dis-compare.js";

const dir = join("tests", "compiler", "dis-cases");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((f) => join(dir, f));
const known = loadKnownDifferences(join("tests", "compiler", "dis-known-differences.txt"));

test("the known-differences list names existing cases", () => {
  const names = new Set(files.map((f) => basename(f, ".py")));
  for (const name of known.keys()) assert.ok(names.has(name), `no case named ${name}`);
});

const results = compareDis(files);
const codes = cpythonCode(files);
results.forEach((r, i) => {
  const name = basename(r.file, ".py");
  const reason = known.get(name);
  test(`dis ${name}`, () => {
    const source = readFileSync(r.file, "utf8");
    const ours = summarize(compile(parse(source, r.file, "exec"), r.file, "exec", { source }));
    const diff = firstDifference(
      JSON.parse(normalizeAddresses(JSON.stringify(codes[i]))),
      JSON.parse(normalizeAddresses(JSON.stringify(ours))),
    );
    if (reason !== undefined) {
      assert.ok(
        !r.same || diff !== null,
        `${name} now matches python3: remove it from dis-known-differences.txt`,
      );
      return;
    }
    assert.ok(r.same, `differs from python3 -m dis:\n${lineDiff(r.expected, r.actual)}`);
    assert.equal(diff, null);
  });
});

test("the corpus is compiled identically from CPython's own AST", () => {
  // The bridge separates the compiler from the parser: a case that differs only here points at
  // the parser's tree, one that differs in both at the compiler.
  const bridged = compareDis(files, true).filter((r) => !r.same && !known.has(basename(r.file, ".py")));
  assert.deepEqual(
    bridged.map((r) => r.file),
    [],
  );
});
