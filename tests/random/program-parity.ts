// Runs one generated Python program under python3 (the oracle) and under pyglass, and compares
// their output section by section. Shared by the exactness tests of random sequences and of
// hash/set/dict order, which print far more values than a differential case should hold.
//
// A section is a run of lines starting with `@@ NAME`; the program prints one per thing checked.
// Known gaps are listed by section name with their reason, like tests/expected-failures.txt: a
// listed section that matches fails its test, so the list only shrinks.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "node:test";
import { PyglassRunner } from "../differential/runner.js";

export interface ProgramRun {
  /** Section name to its lines (without the `@@` line). */
  readonly sections: ReadonlyMap<string, readonly string[]>;
  /** Why pyglass gave no usable output at all (host error, time-out, non-zero exit), if so. */
  readonly failure: string | undefined;
}

/** Splits output into its `@@ NAME` sections; text before the first marker is ignored. */
export function splitSections(stdout: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split("\n")) {
    if (line.startsWith("@@ ")) {
      current = [];
      sections.set(line.slice(3), current);
    } else if (current !== undefined && line !== "") current.push(line);
  }
  return sections;
}

/** Writes the program to a fresh temporary folder and calls `use` with its path. */
async function withProgram<T>(source: string, use: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-parity-"));
  try {
    const path = join(dir, "program.py");
    writeFileSync(path, source);
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the program under python3 with PYTHONHASHSEED=0, as the differential cases are recorded. */
export function runPython(source: string): Map<string, string[]> {
  const r = spawnSync("python3", ["-c", source], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
  });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return splitSections(r.stdout);
}

/** Runs the program under pyglass (in a worker, so a hang is stopped at `timeoutMs`). */
export async function runPyglass(source: string, timeoutMs: number): Promise<ProgramRun> {
  const runner = new PyglassRunner({ root: process.cwd(), timeoutMs, outputLimit: 1 << 27 });
  try {
    const outcome = await withProgram(source, (path) => runner.run({ path, argv: [], stdin: undefined }));
    let failure: string | undefined;
    if (outcome.hostError !== undefined) failure = `host error: ${outcome.hostError.split("\n")[0]}`;
    else if (outcome.timedOut) failure = `timed out after ${timeoutMs} ms`;
    else if (outcome.exitCode !== 0) {
      const last = outcome.stderr.trimEnd().split("\n").pop() ?? "";
      failure = `exit code ${String(outcome.exitCode)}: ${last}`;
    }
    return { sections: splitSections(outcome.stdout), failure };
  } finally {
    await runner.close();
  }
}

/** The first difference between expected and actual lines of one section, or undefined. */
export function firstDifference(
  expected: readonly string[],
  actual: readonly string[] | undefined,
): string | undefined {
  if (actual === undefined) return "section missing from pyglass's output";
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e === a) continue;
    if (e === undefined || a === undefined) return `expected ${expected.length} lines, got ${actual.length}`;
    const words = e.split(" ");
    const got = a.split(" ");
    let w = 0;
    while (w < words.length && words[w] === got[w]) w++;
    return `line ${i + 1}, item ${w}: expected ${words[w] ?? "(end)"}, got ${got[w] ?? "(end)"}`;
  }
  return undefined;
}

/**
 * Checks a group of sections: passes if pyglass printed exactly what python3 printed in each. A
 * group named in `knownGaps` must differ somewhere (it is reported as todo with its reason and the
 * first difference), so that a gap that closes is noticed.
 */
export function checkSections(
  t: TestContext,
  group: string,
  expected: ReadonlyMap<string, readonly string[]>,
  names: readonly string[],
  run: ProgramRun,
  knownGaps: ReadonlyMap<string, string>,
): void {
  let difference = run.failure;
  for (const name of names) {
    if (difference !== undefined) break;
    const lines = expected.get(name);
    if (lines === undefined) throw new Error(`python3 printed no section ${name}`);
    const d = firstDifference(lines, run.sections.get(name));
    if (d !== undefined) difference = `${name}: ${d}`;
  }
  const gap = knownGaps.get(group);
  if (gap === undefined) {
    assert.equal(difference, undefined, `${group}: pyglass differs from python3: ${difference ?? ""}`);
  } else {
    assert.notEqual(difference, undefined, `${group} now matches python3: remove it from the known gaps`);
    t.todo(`known gap: ${gap} (${difference ?? ""})`);
  }
}
