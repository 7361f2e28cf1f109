// The syntax-error corpus end to end: running each snippet as a script through the public API
// (runFile, what `pyglass SNIPPET` does) must print python3's stderr exactly and exit with 1.
// This checks what the user sees: the error's fields, the report, and how the runner reads the
// file and hands the source to the compiler.
//
// Known mismatches are listed in run-expected-failures.txt (`NAME.py  reason`), strictly: a
// listed snippet that passes fails the test.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { runFile } from "../../src/index.js";

interface ExpectedCase {
  readonly stage: "parser" | "compiler";
  readonly stderr: string;
}

const dir = join(process.cwd(), "tests", "syntax-errors");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
  cases: Record<string, ExpectedCase>;
};
const expectedFailures = new Map<string, string>();
for (const raw of readFileSync(join(dir, "run-expected-failures.txt"), "utf8").split("\n")) {
  const line = raw.trim();
  if (line === "" || line.startsWith("#")) continue;
  const space = line.search(/\s/);
  assert.ok(space > 0, `run-expected-failures.txt: "${line}" has no reason`);
  expectedFailures.set(line.slice(0, space), line.slice(space).trim());
}

/** Runs one snippet; returns what differs from python3's run, empty when nothing does. */
async function check(name: string, want: ExpectedCase): Promise<string[]> {
  let stderr = "";
  let stdout = "";
  const result = await runFile(`tests/syntax-errors/cases/${name}`, {
    stderr: (t) => void (stderr += t),
    stdout: (t) => void (stdout += t),
  });
  // Like python3, the runner reports the script by its absolute path; the corpus records paths
  // relative to the repository.
  stderr = stderr.split(`${process.cwd()}/`).join("");
  const diffs: string[] = [];
  if (result.exitCode !== 1) diffs.push(`exit code ${result.exitCode}, want 1`);
  if (stdout !== "") diffs.push(`printed ${JSON.stringify(stdout)} on stdout`);
  if (stderr !== want.stderr)
    diffs.push(`stderr ${JSON.stringify(stderr)}, want ${JSON.stringify(want.stderr)}`);
  return diffs;
}

test("run-expected-failures.txt only names snippets of the corpus", () => {
  for (const name of expectedFailures.keys()) assert.ok(name in expected.cases, `unknown case ${name}`);
});

describe("running each snippet prints python3's report", () => {
  for (const [name, want] of Object.entries(expected.cases)) {
    test(name, async () => {
      const diffs = await check(name, want);
      if (!expectedFailures.has(name)) assert.deepEqual(diffs, [], `${name}:\n  ${diffs.join("\n  ")}`);
      else assert.notDeepEqual(diffs, [], `${name} passes now: remove it from run-expected-failures.txt`);
    });
  }
});
