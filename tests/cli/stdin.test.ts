// sys.stdin of `pyglass FILE` (src/cli/stdin.ts): read as the program asks for input, never
// before. Each program runs under python3 and pyglass with stdin a pipe the test writes to only
// when the program says it is ready, so a runtime that read stdin up front would wait for an end
// of input that never comes (or, reading a pipe that has nothing yet, see none).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { cliLauncher } from "./helpers.js";

const { dir, launcher } = cliLauncher("pyglass-stdin-");

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs argv with a stdin pipe: each time stdout has shown one more "ready" line, the next of
 * `answers` is written; after the last, stdin is closed if `close` (else left open).
 */
function converse(argv: string[], answers: string[], close: boolean): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let sent = 0;
    const killer = setTimeout(() => child.kill("SIGKILL"), 20000);
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      const ready = stdout.split("ready\n").length - 1;
      while (sent < ready && sent < answers.length) {
        child.stdin.write(answers[sent++]!);
        if (sent === answers.length && close) child.stdin.end();
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(killer);
      child.stdin.destroy();
      resolve({ status, stdout, stderr });
    });
  });
}

async function bothConverse(source: string, answers: string[], close: boolean): Promise<Outcome> {
  const file = join(dir, `prog${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, source);
  const expected = await converse(["python3", file], answers, close);
  const actual = await converse([process.execPath, launcher, file], answers, close);
  assert.deepEqual(actual, expected);
  return actual;
}

test("input() waits for a line that comes after the program asked for it", async () => {
  const out = await bothConverse(
    'print("ready", flush=True)\nname = input()\nprint("hello", name, flush=True)\nprint("ready", flush=True)\nprint(input().upper())\n',
    ["world\n", "again\n"],
    true,
  );
  assert.equal(out.stdout, "ready\nhello world\nready\nAGAIN\n");
});

test("iterating sys.stdin sees each line as it comes, then the end of input", async () => {
  const out = await bothConverse(
    'import sys\nprint("ready", flush=True)\nfor line in sys.stdin:\n    print("got", line.strip(), flush=True)\n    print("ready", flush=True)\nprint("end")\n',
    ["1\n", "2\n", "3\n"],
    true,
  );
  assert.equal(out.stdout, "ready\ngot 1\nready\ngot 2\nready\ngot 3\nready\nend\n");
});

test("a program that never reads stdin does not wait for it to end", async () => {
  const out = await bothConverse('print("ready", flush=True)\nprint("done")\n', [], false);
  assert.equal(out.status, 0);
  assert.equal(out.stdout, "ready\ndone\n");
});
