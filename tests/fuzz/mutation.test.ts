// Mutation fuzzing: seeded random mutants of the differential corpus (tests/cases) run under
// pyglass, each with a time limit; every outcome must be a Python-level result (see
// python-outcome.ts). A mutant is named `PROGRAM#K` (the K-th mutant of that program) and depends
// only on the seed, its name and the program's text, so a failure can be rerun alone.
//
// Mutants known to fail are listed in tests/fuzz/known-failures.txt (`NAME  # reason`), strictly:
// a listed mutant that now gives a Python-level result fails the test, so the list only shrinks.
//
// Environment: PYGLASS_FUZZ_SEED (default 20240611), PYGLASS_FUZZ_COUNT (mutants, default 1500),
// PYGLASS_FUZZ_ONLY=NAME,NAME (only these mutants), PYGLASS_FUZZ_BUDGET_MS (default 110000: no new
// mutant starts after this, so a run stays bounded even when many mutants loop forever),
// PYGLASS_FUZZ_WRITE_KNOWN=1 (rewrite known-failures.txt from this run, keeping existing reasons).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { findCases } from "../differential/cases.js";
import type { Outcome } from "../differential/runner.js";
import { PyglassRunner } from "../differential/runner.js";
import { mutantSeed, mutate, Rng, tokenize } from "./mutate.js";
import { notPythonLevel } from "./python-outcome.js";

const root = process.cwd();
const seed = Number(process.env.PYGLASS_FUZZ_SEED ?? 20240611);
const count = Number(process.env.PYGLASS_FUZZ_COUNT ?? 1500);
const budgetMs = Number(process.env.PYGLASS_FUZZ_BUDGET_MS ?? 110_000);
const only = (process.env.PYGLASS_FUZZ_ONLY ?? "").split(",").filter((s) => s !== "");
const writeKnown = process.env.PYGLASS_FUZZ_WRITE_KNOWN === "1";
const PER_PROGRAM = 3;
const BATCH = 100;
const knownPath = join(root, "tests", "fuzz", "known-failures.txt");

const sources = new Map(findCases(root).map((c) => [c.name, readFileSync(c.path, "utf8")]));
const workDir = mkdtempSync(join(tmpdir(), "pyglass-mutants-"));
const runner = new PyglassRunner({ root, timeoutMs: 1500, outputLimit: 200_000, heapMb: 512 });
after(async () => {
  await runner.close();
  rmSync(workDir, { recursive: true, force: true });
});

function readKnown(): Map<string, string> {
  const known = new Map<string, string>();
  let text = "";
  try {
    text = readFileSync(knownPath, "utf8");
  } catch {
    return known;
  }
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("  #");
    known.set((hash < 0 ? line : line.slice(0, hash)).trim(), hash < 0 ? "" : line.slice(hash + 3).trim());
  }
  return known;
}
const known = readKnown();

/** The mutant `PROGRAM#K`: its text, from its own generator. */
function mutant(name: string): string {
  const program = name.slice(0, name.lastIndexOf("#"));
  const source = sources.get(program);
  if (source === undefined) throw new Error(`no corpus program ${program}`);
  return mutate(source, new Rng(mutantSeed(seed, name)));
}

/** PER_PROGRAM mutants of every program, in a seeded order, the first `count` of them. */
function selection(): string[] {
  const names = [...sources.keys()].flatMap((p) =>
    Array.from({ length: PER_PROGRAM }, (_, k) => `${p}#${k}`),
  );
  const order = new Map(names.map((n) => [n, mutantSeed(seed ^ 0x5bd1e995, n)]));
  return names.sort((a, b) => order.get(a)! - order.get(b)! || (a < b ? -1 : 1)).slice(0, count);
}

let fileNumber = 0;
async function run(text: string): Promise<{ outcome: Outcome; path: string }> {
  const path = join(workDir, `mutant_${fileNumber++}.py`);
  writeFileSync(path, text);
  return { outcome: await runner.run({ path, argv: [], stdin: "", cwd: workDir }), path };
}

/** What python3 prints for the program at `path` (both streams), to rule out false alarms. */
function python3Output(path: string): string {
  const r = spawnSync("python3", [path], {
    cwd: workDir,
    input: "",
    timeout: 10_000,
    encoding: "utf8",
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
  });
  return (r.stdout ?? "") + (r.stderr ?? "");
}

function describe(o: Outcome): string {
  if (o.timedOut) return "no answer within the time limit";
  if (o.hostError !== undefined) return `a host error: ${o.hostError.split("\n")[0]}`;
  return `exit ${String(o.exitCode)}, stdout ${JSON.stringify(o.stdout)}, stderr ${JSON.stringify(o.stderr.slice(0, 80))}`;
}

// Mutating is only worth it once pyglass runs programs: probe with the smallest one, before any
// test is registered (node:test would otherwise start them, and their hooks, during the await).
const { outcome: probe } = await run("print(1 + 1)\n");
const cannotRun =
  probe.stdout === "2\n" && probe.exitCode === 0
    ? undefined
    : `pyglass cannot run programs yet (the probe print(1 + 1) gave ${describe(probe)})`;

test("mutants are a pure function of the seed, the name and the program", () => {
  assert.ok(sources.size > 0, "no corpus programs under tests/cases");
  const names = selection().slice(0, 4);
  assert.deepEqual(names.map(mutant), names.map(mutant));
  assert.ok(
    names.some((n) => mutant(n) !== sources.get(n.slice(0, n.lastIndexOf("#")))),
    "mutants differ from their programs",
  );
  const source = "x = [1, 'a']  # c\nif x >= 2: print(x ** 2)\n";
  assert.equal(
    tokenize(source)
      .map((t) => t.text)
      .join(""),
    source,
  );
});

test("tests/fuzz/known-failures.txt names mutants of existing programs", () => {
  const stale = [...known.keys()].filter((n) => !sources.has(n.slice(0, n.lastIndexOf("#"))));
  assert.deepEqual(stale, [], "remove these entries: their programs are gone");
});

test("the outcome check accepts Python results and rejects host leaks", () => {
  const base: Outcome = {
    exitCode: 0,
    stdout: "",
    stderr: "",
    hostError: undefined,
    timedOut: false,
    outputTruncated: false,
    milliseconds: 1,
  };
  const traceback = 'Traceback (most recent call last):\n  File "m.py", line 1, in <module>\nValueError: x\n';
  const syntax = '  File "m.py", line 1\n    x(\n     ^\nSyntaxError: x\n';
  assert.equal(notPythonLevel("", { ...base, exitCode: 1, stderr: traceback }), undefined);
  assert.equal(notPythonLevel("", { ...base, exitCode: 1, stderr: syntax }), undefined);
  const pipeSource = '  File "m.py", line 3\n    |.release()\n    ^\nSyntaxError: invalid syntax\n';
  assert.equal(notPythonLevel("", { ...base, exitCode: 1, stderr: pipeSource }), undefined);
  const group =
    "  + Exception Group Traceback (most recent call last):\n" +
    '  |   File "m.py", line 1, in <module>\n' +
    "  | ExceptionGroup: eg (1 sub-exception)\n" +
    "  +-+---------------- 1 ----------------\n" +
    "    | ValueError: 1\n" +
    "    +------------------------------------\n";
  assert.equal(notPythonLevel("", { ...base, exitCode: 1, stderr: group }), undefined);
  assert.equal(notPythonLevel("", { ...base, exitCode: 3 }), undefined);
  const multiline = traceback.replace("x\n", "multi\nline message\n");
  assert.equal(notPythonLevel("", { ...base, exitCode: 1, stderr: multiline }), undefined);
  assert.equal(notPythonLevel("", { ...base, stdout: "character maps to <undefined>\n" }), undefined);
  assert.equal(notPythonLevel("print('undefined')", { ...base, stdout: "undefined\n" }), undefined);
  const fromLibrary = { ...base, stdout: "Counter.fromkeys() is undefined.\n" };
  assert.equal(notPythonLevel("", fromLibrary, "Counter.fromkeys() is undefined.\n"), undefined);
  assert.match(notPythonLevel("", { ...base, stdout: "[object Object]\n" }) ?? "", /JavaScript object/);
  assert.match(notPythonLevel("", { ...base, stdout: "undefined\n" }) ?? "", /undefined/);
  const frame = "    at run (file:///x/vm.js:1:2)\n";
  assert.match(notPythonLevel("", { ...base, exitCode: 1, stderr: frame }) ?? "", /stack frame|file: URL/);
  assert.match(notPythonLevel("", { ...base, hostError: "TypeError: boom" }) ?? "", /host error/);
  const broken = traceback.replace("ValueError: x", "{half a report");
  assert.match(notPythonLevel("", { ...base, exitCode: 1, stderr: broken }) ?? "", /name the exception/);
  assert.match(notPythonLevel("", { ...base, exitCode: undefined }) ?? "", /exit code/);
});

const names = only.length > 0 ? only : selection();
const started = performance.now();
const failing = new Map<string, string>();
for (let b = 0; b < names.length; b += BATCH) {
  const batch = names.slice(b, b + BATCH);
  test(`mutants ${b}..${b + batch.length - 1} (seed ${seed})`, { todo: cannotRun }, async (t) => {
    if (cannotRun !== undefined) return;
    const problems: string[] = [];
    let timeouts = 0;
    let ran = 0;
    for (const name of batch) {
      if (performance.now() - started > budgetMs) break;
      const text = mutant(name);
      const { outcome, path } = await run(text);
      ran++;
      if (outcome.timedOut) timeouts++;
      let why = notPythonLevel(text, outcome);
      if (why !== undefined && outcome.hostError === undefined)
        why = notPythonLevel(text, outcome, python3Output(path));
      if (why !== undefined) failing.set(name, why);
      if (why !== undefined && !known.has(name)) {
        problems.push(`${name} (PYGLASS_FUZZ_ONLY=${name}): ${why}\n--- mutant ---\n${text.slice(0, 1200)}`);
      } else if (why === undefined && known.has(name)) {
        problems.push(
          `${name} now gives a Python-level result: remove it from tests/fuzz/known-failures.txt`,
        );
      }
    }
    t.diagnostic(`${ran} run, ${timeouts} hit the time limit`);
    assert.deepEqual(problems.slice(0, 5), [], `${problems.length} of ${ran} mutants`);
  });
}

if (writeKnown) {
  after(() => {
    const entries = new Map([...known].filter(([name]) => !names.includes(name)));
    for (const [name, why] of failing)
      entries.set(name, known.get(name) || why.split("\n")[0]!.slice(0, 120));
    const header =
      "# Mutants (PROGRAM#K, see mutation.test.ts) whose outcome under pyglass is not a Python-level\n" +
      "# result. Strict: a listed mutant that passes fails the test. Rewrite with PYGLASS_FUZZ_WRITE_KNOWN=1.\n";
    const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, r]) => `${n}  # ${r}\n`);
    writeFileSync(knownPath, header + lines.join(""));
  });
}
