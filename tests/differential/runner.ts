// Runs programs through pyglass in a worker thread of this process, one at a time, each with a
// time limit. A program that overruns its limit (even one stuck in a loop that never returns to
// the event loop) is stopped by terminating the worker; the next program gets a fresh worker.
// Output is returned with the repository root replaced by ROOT_PLACEHOLDER, as in `.expected`.
import { Worker } from "node:worker_threads";
import { ROOT_PLACEHOLDER } from "./expectation.js";
import type { Job, JobResult, Ready } from "./protocol.js";

export interface RunRequest {
  readonly path: string;
  readonly argv: readonly string[];
  readonly stdin: string | undefined;
  /** This program's time limit, instead of the runner's. */
  readonly timeoutMs?: number;
}

export interface Outcome {
  /** undefined when the program did not finish: a host error, a time-out, or a dead worker. */
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** A JavaScript error escaped pyglass, or the worker died (e.g. out of memory). */
  readonly hostError: string | undefined;
  readonly timedOut: boolean;
  readonly outputTruncated: boolean;
  readonly milliseconds: number;
}

export interface RunnerOptions {
  /** The repository root: the text replaced by ROOT_PLACEHOLDER in output. */
  readonly root: string;
  readonly timeoutMs: number;
  readonly outputLimit?: number;
  /** Heap limit of the worker, so that a runaway allocation fails one program, not the run. */
  readonly heapMb?: number;
  /** The worker script; tests/differential/worker.js by default (tests substitute stubs). */
  readonly workerUrl?: URL;
}

const NOT_RUN: Outcome = {
  exitCode: undefined,
  stdout: "",
  stderr: "",
  hostError: undefined,
  timedOut: false,
  outputTruncated: false,
  milliseconds: 0,
};

interface Pending {
  readonly id: number;
  readonly resolve: (result: JobResult | { readonly died: string }) => void;
}

/** How long a fresh worker may take to load pyglass before its first program counts as failed. */
const STARTUP_MS = 60_000;

export class PyglassRunner {
  private worker: Worker | undefined;
  private ready: Promise<string | undefined> = Promise.resolve(undefined);
  private pending: Pending | undefined;
  private nextId = 1;

  constructor(private readonly options: RunnerOptions) {}

  private start(): Worker {
    const worker = new Worker(this.options.workerUrl ?? new URL("./worker.js", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? 1024 },
      stdout: false,
      stderr: false,
    });
    let signalReady: (problem: string | undefined) => void = () => {};
    this.ready = new Promise((resolve) => (signalReady = resolve));
    const die = (why: string): void => {
      signalReady(why);
      if (this.worker === worker) this.worker = undefined;
      const p = this.pending;
      this.pending = undefined;
      p?.resolve({ died: why });
    };
    worker.on("message", (result: JobResult | Ready) => {
      if ("ready" in result) {
        signalReady(undefined);
        return;
      }
      const p = this.pending;
      if (p === undefined || p.id !== result.id) return;
      this.pending = undefined;
      p.resolve(result);
    });
    worker.on("error", (error) => die(`the worker thread failed: ${error.stack ?? String(error)}`));
    worker.on("exit", (code) => die(`the worker thread exited with code ${code}`));
    return worker;
  }

  /** Runs one program as `python3 PATH ARGV...` would, within the time limit. */
  async run(request: RunRequest): Promise<Outcome> {
    if (this.pending !== undefined) throw new Error("PyglassRunner runs one program at a time");
    const worker = (this.worker ??= this.start());
    const startup = await Promise.race([
      this.ready,
      new Promise<string>((resolve) =>
        setTimeout(resolve, STARTUP_MS, "pyglass did not load in time").unref(),
      ),
    ]);
    if (startup !== undefined) {
      if (this.worker === worker) this.worker = undefined;
      await worker.terminate();
      return { ...NOT_RUN, hostError: `the worker thread could not start: ${startup}` };
    }
    const job: Job = {
      id: this.nextId++,
      path: request.path,
      argv: request.argv,
      stdin: request.stdin,
      outputLimit: this.options.outputLimit ?? 4_000_000,
    };
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const result = await new Promise<JobResult | { readonly died: string } | "timeout">((resolve) => {
      this.pending = { id: job.id, resolve };
      timer = setTimeout(() => resolve("timeout"), request.timeoutMs ?? this.options.timeoutMs);
      worker.postMessage(job);
    });
    clearTimeout(timer);
    const milliseconds = performance.now() - started;
    if (result === "timeout" || "died" in result) {
      this.pending = undefined;
      if (this.worker === worker) this.worker = undefined;
      await worker.terminate();
      const timedOut = result === "timeout";
      return { ...NOT_RUN, hostError: timedOut ? undefined : result.died, timedOut, milliseconds };
    }
    const normalise = (text: string): string => text.split(this.options.root).join(ROOT_PLACEHOLDER);
    return {
      exitCode: result.exitCode,
      stdout: normalise(result.stdout),
      stderr: normalise(result.stderr),
      hostError: result.hostError,
      timedOut: false,
      outputTruncated: result.outputTruncated,
      milliseconds,
    };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
