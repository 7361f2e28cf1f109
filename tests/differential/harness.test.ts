// Tests of the differential harness itself: the `.expected` writer (scripts/regen-expected.mjs) and
// reader agree, differences are reported readably, and the runner stops hangs and survives crashes.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { compare } from "./compare.js";
import type { Expectation } from "./expectation.js";
import { ExpectationFormatError, parseExpectation } from "./expectation.js";
import { formatExpectedFailures } from "./expected-failures.js";
import type { Outcome } from "./runner.js";
import { PyglassRunner } from "./runner.js";

interface Header {
  argv: string[];
  stdin: string | undefined;
}
interface RegenScript {
  formatExpected(header: Header, outcome: { exitCode: number; stdout: string; stderr: string }): string;
  readHeader(source: string, path: string): Header;
}

const regen = (await import(
  pathToFileURL(join(process.cwd(), "scripts", "regen-expected.mjs")).href
)) as RegenScript;

const texts = [
  "",
  "\n",
  "\n\n",
  "a",
  "a\n",
  "a\nb",
  "a\nb\n",
  "stderr: 2 lines\nexit: 0\n",
  "# x\n\n  \r\n",
  "ü\t\u0000",
];

test("every output survives the writer and the reader unchanged", () => {
  for (const stdout of texts) {
    for (const stderr of texts) {
      for (const header of [
        { argv: [], stdin: undefined },
        { argv: ["a b", "-c"], stdin: 'x\n"y"' },
      ]) {
        const outcome = { exitCode: stdout.length - 1, stdout, stderr };
        const parsed = parseExpectation(regen.formatExpected(header, outcome), "t.expected");
        assert.deepEqual(parsed, { ...header, ...outcome });
      }
    }
  }
});

test("headers give argv and stdin", () => {
  const h = regen.readHeader(
    '# argv: a  b\n# stdin: one\n# stdin: "two\\nthree"\nprint()\n# argv: no',
    "t.py",
  );
  assert.deepEqual(h, { argv: ["a", "b"], stdin: "one\ntwo\nthree" });
  assert.deepEqual(regen.readHeader('# argv: ["a b", ""]\n', "t.py").argv, ["a b", ""]);
  assert.throws(() => regen.readHeader("# argv: [oops\n", "t.py"), /bad '# argv:' header/);
});

test("malformed .expected files are rejected with their line", () => {
  const bad = [
    "exit: 0\nstdout: 0 lines\n",
    "exit: x\nstdout: 0 lines\nstderr: 0 lines\n",
    "exit: 0\nstdout: 2 lines\na\nstderr: 0 lines\n",
    "exit: 0\nstdout: 0 lines\nstderr: 0 lines\nextra\n",
    "exit: 0\nstdout: 0 lines\nstderr: 0 lines",
  ];
  for (const text of bad)
    assert.throws(() => parseExpectation(text, "f"), ExpectationFormatError, JSON.stringify(text));
});

const expected: Expectation = {
  argv: [],
  stdin: undefined,
  exitCode: 1,
  stdout: "a\nb\nc\n",
  stderr: "Traceback\nE: x\n",
};
function outcome(fields: Partial<Outcome>): Outcome {
  const base = { exitCode: 1, stdout: "a\nb\nc\n", stderr: "Traceback\nE: x\n", hostError: undefined };
  return { ...base, timedOut: false, outputTruncated: false, milliseconds: 1, ...fields };
}

test("an identical outcome passes", () => {
  assert.deepEqual(compare(expected, outcome({})), { pass: true, report: "", firstDifference: "" });
});

test("differences are shown as a line diff, and the first one in a line", () => {
  const r = compare(expected, outcome({ stdout: "a\nB\nc\n", exitCode: 0 }));
  assert.equal(r.pass, false);
  assert.match(r.report, /stdout differs.*\n {4}a\n {2}- b\n {2}\+ B\n {4}c\n/);
  assert.match(r.report, /exit code: expected 1, got 0/);
  assert.equal(r.firstDifference, 'stdout line 2: expected "b", got "B"');
  assert.equal(
    compare(expected, outcome({ stderr: "Traceback\nE: x" })).firstDifference,
    "stderr: differs only in the final newline",
  );
  assert.match(compare(expected, outcome({ stdout: "a\nb \nc\n" })).report, /\+ "b "/);
  assert.match(
    compare(expected, outcome({ timedOut: true, exitCode: undefined })).firstDifference,
    /^timed out/,
  );
  assert.match(
    compare(expected, outcome({ hostError: "TypeError: x\n  at f" })).firstDifference,
    /^host error: TypeError: x$/,
  );
  const traceback = 'Traceback (most recent call last):\n  File "x", line 1, in <module>\n';
  const raises = outcome({ stderr: `${traceback}KeyError: 1\n` });
  assert.equal(compare(expected, raises).firstDifference, "pyglass raises KeyError: 1");
  const both = { ...expected, stderr: `${traceback}ValueError: v\n` };
  assert.equal(compare(both, raises).firstDifference, "pyglass raises KeyError: 1, python3 ValueError: v");
});

test("expected-failures.txt lines are name, padding, reason", () => {
  const text = formatExpectedFailures(
    new Map([
      ["b/c.py", "why"],
      ["a.py", ""],
    ]),
  );
  assert.match(text, /\na\.py {56}# no reason recorded\nb\/c\.py {54}# why\n$/);
  const long = "x".repeat(70);
  assert.match(formatExpectedFailures(new Map([[long, "r"]])), new RegExp(`\\n${long}  # r\\n$`));
});

test("the runner stops a program that hangs and recovers from dead workers", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-runner-"));
  const stub = join(dir, "stub-worker.mjs");
  writeFileSync(
    stub,
    `process.send({ ready: true });
process.on("message", (job) => {
  if (job.path === "hang") for (;;);
  if (job.path === "die") process.exit(3);
  if (job.path === "abort") process.abort();
  process.send({ id: job.id, exitCode: 0, stdout: job.path + " " + job.argv.join(","), stderr: "", hostError: undefined, outputTruncated: false });
});`,
  );
  const runner = new PyglassRunner({ root: "/ROOT", timeoutMs: 300, workerUrl: pathToFileURL(stub) });
  try {
    const hang = await runner.run({ path: "hang", argv: [], stdin: undefined });
    assert.equal(hang.timedOut, true);
    const ok = await runner.run({ path: "/ROOT/x", argv: ["1", "2"], stdin: undefined });
    assert.equal(ok.stdout, "<root>/x 1,2");
    assert.equal(ok.exitCode, 0);
    const die = await runner.run({ path: "die", argv: [], stdin: undefined });
    assert.match(die.hostError ?? "", /exited with code 3/);
    assert.equal((await runner.run({ path: "again", argv: [], stdin: undefined })).stdout, "again ");
    // As a fatal V8 error would: the worker process ends at once, the next program still runs.
    const abort = await runner.run({ path: "abort", argv: [], stdin: undefined });
    assert.match(abort.hostError ?? "", /killed by SIGABRT/);
    assert.equal((await runner.run({ path: "after", argv: [], stdin: undefined })).stdout, "after ");
  } finally {
    await runner.close();
  }
});

test("a worker that cannot load pyglass fails every run at once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pyglass-runner-"));
  const stub = join(dir, "broken-worker.mjs");
  writeFileSync(stub, 'throw new Error("broken build");\n');
  const runner = new PyglassRunner({ root: "/ROOT", timeoutMs: 300, workerUrl: pathToFileURL(stub) });
  try {
    const first = await runner.run({ path: "x", argv: [], stdin: undefined });
    assert.match(first.hostError ?? "", /could not load pyglass: [\s\S]*broken build/);
    const started = performance.now();
    const second = await runner.run({ path: "y", argv: [], stdin: undefined });
    assert.equal(second.hostError, first.hostError);
    assert.ok(performance.now() - started < 100, "no new worker is started");
  } finally {
    await runner.close();
  }
});
