// The worker process that runs differential cases through pyglass's public API (runFile), one
// after another, for the harness (runner.ts). It is a child process rather than a worker thread
// so that nothing pyglass does can take the test run down with it: a worker thread can be stopped
// in an endless loop, but a fatal V8 error (an array grown past V8's limit, say) ends the whole
// process it lives in. The harness kills and replaces a worker that hangs or dies.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runFile } from "../../src/index.js";
import { installLibCode } from "../../src/modules/lib-files.js";
import type { Job, JobResult } from "./protocol.js";
import { memoryDebug } from "../../src/memory/active.js";
import { type JitMode, setJitMode } from "../../src/vm/jit/compile.js";

// GC stress mode for the whole suite (npm run test:diff:gc-stress; docs/internals/memory.md).
// A job may ask for a sparser interval (tests/gc-stress-coarse.txt).
const STRESS = process.env["PYGLASS_GC_STRESS"] === undefined ? 0 : Number(process.env["PYGLASS_GC_STRESS"]);
memoryDebug.stress = STRESS;

// The compile tier for the whole suite (PYGLASS_JIT=always runs every code object compiled).
const JIT = process.env["PYGLASS_JIT"];
if (JIT === "auto" || JIT === "always" || JIT === "never") setJitMode(JIT satisfies JitMode);

/**
 * Every case runs with this scheduling seed, as `pyglass --seed 0` would: the command line
 * chooses a random seed when none is given, and a case's output must not depend on the run.
 */
const DIFF_SEED = 0;

/**
 * Lib modules load from the build's compiled-code cache, as they do under bin/pyglass.js, so a case
 * that imports asyncio does not recompile it (tests/modules/lib-code-cache.test.ts checks the cache
 * equals a fresh compile). A build without the file, or with a stale one, compiles as before.
 */
const LIB_CODE = fileURLToPath(new URL("../../lib-code.bin", import.meta.url));
installLibCode(() => (existsSync(LIB_CODE) ? readFileSync(LIB_CODE) : null));

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return `non-Error value thrown: ${String(error)}`;
}

async function run(job: Job): Promise<JobResult> {
  let stdout = "";
  let stderr = "";
  let room = job.outputLimit;
  let outputTruncated = false;
  const sink = (write: (text: string) => void) => (text: string) => {
    if (typeof text !== "string") text = `[non-string output: ${String(text)}]`;
    if (text.length > room) {
      outputTruncated = true;
      text = text.slice(0, Math.max(0, room));
    }
    room -= text.length;
    write(text);
  };
  try {
    if (job.cwd !== undefined) process.chdir(job.cwd);
    memoryDebug.stress = job.stress ?? STRESS;
    const result = await runFile(job.path, {
      argv: [job.path, ...job.argv],
      stdin: job.stdin,
      hashSeed: 0,
      threads: { seed: DIFF_SEED },
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
    });
    return { id: job.id, exitCode: result.exitCode, stdout, stderr, hostError: undefined, outputTruncated };
  } catch (error) {
    return { id: job.id, exitCode: undefined, stdout, stderr, hostError: describe(error), outputTruncated };
  }
}

const send = process.send?.bind(process);
if (send === undefined) throw new Error("tests/differential/worker.js must run as a child process with IPC");
process.on("message", (job: Job) => {
  void run(job).then((result) => send(result));
});
// Loading pyglass can take a while; the harness starts a program's clock only after this.
send({ ready: true });
