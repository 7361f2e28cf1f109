// The worker thread that runs differential cases through pyglass's public API, one at a time. It
// runs in its own thread so that the harness can stop a case that never yields to the event loop
// (a hang in the VM) by terminating the worker; the harness then starts a fresh one.
import { parentPort } from "node:worker_threads";
import { runFile } from "../../src/index.js";
import type { Job, JobResult } from "./protocol.js";

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
    const result = await runFile(job.path, {
      argv: [job.path, ...job.argv],
      stdin: job.stdin,
      hashSeed: 0,
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
    });
    return { id: job.id, exitCode: result.exitCode, stdout, stderr, hostError: undefined, outputTruncated };
  } catch (error) {
    return { id: job.id, exitCode: undefined, stdout, stderr, hostError: describe(error), outputTruncated };
  }
}

const port = parentPort;
if (port === null) throw new Error("tests/differential/worker.js must run as a worker thread");
port.on("message", (job: Job) => {
  void run(job).then((result) => port.postMessage(result));
});
// Loading pyglass can take a while; the harness starts a program's clock only after this.
port.postMessage({ ready: true });
