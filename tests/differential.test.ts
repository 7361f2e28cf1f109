// The differential test suite: every program under tests/cases must make pyglass print exactly
// what python3 printed (stdout, stderr and exit code, recorded in the `.expected` file beside it by
// `npm run test:regen`). One test per case. Cases listed in tests/expected-failures.txt are
// expected to fail and show as todo; if one passes, its test fails so that the list only shrinks.
//
// Environment: PYGLASS_DIFF_FILTER=a,b runs only cases whose name contains a or b;
// PYGLASS_DIFF_TIMEOUT_MS sets the time limit of one case (10 s by default). The limit is the same
// for expected failures: a shorter one would make slow but correct cases flap between listed
// time-outs and unexpected passes.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { after, test } from "node:test";
import { casesDirectory, findCases } from "./differential/cases.js";
import { compare } from "./differential/compare.js";
import { parseExpectation } from "./differential/expectation.js";
import { readExpectedFailures } from "./differential/expected-failures.js";
import { PyglassRunner } from "./differential/runner.js";

const root = process.cwd();
const filters = (process.env.PYGLASS_DIFF_FILTER ?? "").split(",").filter((f) => f !== "");
const timeoutMs = Number(process.env.PYGLASS_DIFF_TIMEOUT_MS ?? 10_000);
const cases = findCases(root, filters);
const expectedFailures = readExpectedFailures(root);
const runner = new PyglassRunner({ root, timeoutMs });
after(() => runner.close());

function expectedFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...expectedFiles(path));
    else if (name.endsWith(".expected"))
      found.push(relative(casesDirectory(root), path).split(sep).join("/"));
  }
  return found;
}

if (filters.length === 0) {
  test("the corpus is there", () => {
    assert.ok(cases.length > 0, `no cases found under ${casesDirectory(root)}`);
  });

  test("tests/expected-failures.txt names only existing cases", () => {
    const names = new Set(cases.map((c) => c.name));
    const stale = [...expectedFailures.keys()].filter((n) => !names.has(n));
    assert.deepEqual(stale, [], "remove these entries: the cases do not exist");
  });

  test("every .expected file belongs to a case", () => {
    const names = new Set(cases.map((c) => c.name.replace(/\.py$/, ".expected")));
    const orphans = expectedFiles(casesDirectory(root)).filter((n) => !names.has(n));
    assert.deepEqual(orphans, [], "remove these files, or add their cases back");
  });
}

// The node:test limit is a backstop above the runner's own: a case may also wait for a fresh
// worker to load pyglass (up to a minute, see runner.ts).
for (const c of cases) {
  test(c.name, { timeout: timeoutMs + 70_000 }, async (t) => {
    assert.ok(
      existsSync(c.expectedPath),
      `${c.name} has no .expected file: run npm run test:regen -- ${c.name}`,
    );
    const expectation = parseExpectation(readFileSync(c.expectedPath, "utf8"), c.expectedPath);
    const reason = expectedFailures.get(c.name);
    const outcome = await runner.run({
      path: c.path,
      argv: expectation.argv,
      stdin: expectation.stdin,
      cwd: dirname(c.path),
    });
    const result = compare(expectation, outcome);
    if (reason === undefined) {
      assert.ok(result.pass, `${c.name}: pyglass differs from python3\n${result.report}`);
    } else {
      assert.ok(!result.pass, `${c.name} unexpectedly passes: remove it from expected-failures.txt`);
      t.todo(`expected failure: ${reason}`);
    }
  });
}
