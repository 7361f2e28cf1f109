// Runs programs through pyglass in a long-lived worker process (worker.ts), one after another, each
// with a time limit. A program that overruns its limit (even one stuck in a loop that never
// returns to the event loop) is stopped by killing the worker, as is one whose worker died (out of
// memory, a fatal V8 error); the next program gets a fresh worker. Loading pyglass takes about a
// second, so a spare worker is kept loaded to take over at once. Output is returned with the
// repository root replaced by ROOT_PLACEHOLDER, as in `.expected`.
import type { ChildProcess } from "node:child_process";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ROOT_PLACEHOLDER } from "./expectation.js";
import type { Job, JobResult, Ready } from "./protocol.js";

export interface RunRequest {
  readonly path: string;
  readonly argv: readonly string[];
  readonly stdin: string | undefined;
  /** The working directory to run in; the worker's own by default. */
  readonly cwd?: string;
  /** This program's time limit, instead of the runner's. */
  readonly timeoutMs?: number;
  /** This program's GC stress interval, instead of the worker's (tests/gc-stress-coarse.txt). */
  readonly stress?: number;
}

export interface Outcome {
  /** undefined when the program did not finish: a host error, a time-out, or a dead worker. */
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** A JavaScript error escaped pyglass, or its worker process died (e.g. out of memory). */
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
  /** Heap limit of a worker process, so that a runaway allocation fails one program, not the run. */
  readonly heapMb?: number;
  /** The worker script; tests/differential/worker.js by default (tests substitute stubs). */
  readonly workerUrl?: URL;
  /** Keep a second worker loaded to replace a stopped one (default true). */
  readonly spare?: boolean;
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

/** A worker and what the runner knows about it. */
interface Slot {
  readonly worker: ChildProcess;
  /** The end of the worker's own stderr: what V8 or Node said if it died. */
  stderrTail: string;
  /** Resolves with undefined once pyglass is loaded, or with why the worker could not start. */
  readonly ready: Promise<string | undefined>;
  /** Set when the worker failed or exited: it takes no more programs. */
  dead: string | undefined;
  pending:
    { readonly id: number; readonly resolve: (r: JobResult | { readonly died: string }) => void } | undefined;
}

/** Kills a worker process and waits until it is gone. */
async function stop(slot: Slot): Promise<void> {
  const worker = slot.worker;
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.kill("SIGKILL");
  await gone;
}

/** How long a fresh worker may take to load pyglass before its first program counts as failed. */
const STARTUP_MS = 60_000;

export class PyglassRunner {
  private current: Slot | undefined;
  private spare: Slot | undefined;
  private nextId = 1;
  private busy = false;
  /** Why a worker could not load pyglass: then no later one will either, and runs fail at once. */
  private broken: string | undefined;

  constructor(private readonly options: RunnerOptions) {}

  private start(): Slot {
    const script = fileURLToPath(this.options.workerUrl ?? new URL("./worker.js", import.meta.url));
    const worker = fork(script, [], {
      execArgv: [`--max-old-space-size=${this.options.heapMb ?? 1024}`],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    let signalReady: (problem: string | undefined) => void = () => {};
    const slot: Slot = {
      worker,
      stderrTail: "",
      ready: new Promise((resolve) => (signalReady = resolve)),
      dead: undefined,
      pending: undefined,
    };
    const die = (why: string): void => {
      slot.dead ??= why;
      signalReady(why);
      const p = slot.pending;
      slot.pending = undefined;
      p?.resolve({ died: why });
    };
    worker.stderr?.on("data", (chunk: Buffer) => {
      slot.stderrTail = (slot.stderrTail + chunk.toString("utf8")).slice(-2000);
    });
    worker.on("message", (result: JobResult | Ready) => {
      if ("ready" in result) {
        signalReady(undefined);
        return;
      }
      const p = slot.pending;
      if (p === undefined || p.id !== result.id) return;
      slot.pending = undefined;
      p.resolve(result);
    });
    worker.on("error", (error) => die(`the worker process failed: ${error.stack ?? String(error)}`));
    // "close" comes after the process's stderr is drained, so the tail holds its last words.
    worker.on("close", (code, signal) => {
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
      die(`the worker process ${how}${slot.stderrTail.trim() === "" ? "" : `:\n${slot.stderrTail.trim()}`}`);
    });
    return slot;
  }

  /** The worker for the next program: the current one, else the spare, else a new one. */
  private take(): Slot {
    if (this.current !== undefined && this.current.dead === undefined) return this.current;
    let slot = this.spare;
    this.spare = undefined;
    if (slot === undefined || slot.dead !== undefined) {
      if (slot !== undefined) void stop(slot);
      slot = this.start();
    }
    this.current = slot;
    if (this.options.spare ?? true) this.spare = this.start();
    return slot;
  }

  private async retire(slot: Slot): Promise<void> {
    slot.dead ??= "retired";
    if (this.current === slot) this.current = undefined;
    await stop(slot);
  }

  /** Runs one program as `python3 PATH ARGV...` would, within the time limit. */
  async run(request: RunRequest): Promise<Outcome> {
    if (this.busy) throw new Error("PyglassRunner runs one program at a time");
    if (this.broken !== undefined) return { ...NOT_RUN, hostError: this.broken };
    this.busy = true;
    try {
      return await this.runOn(this.take(), request);
    } finally {
      this.busy = false;
    }
  }

  private async runOn(slot: Slot, request: RunRequest): Promise<Outcome> {
    let startupTimer: NodeJS.Timeout | undefined;
    const startup = await Promise.race([
      slot.ready,
      new Promise<string>((resolve) => {
        startupTimer = setTimeout(resolve, STARTUP_MS, "pyglass did not load in time");
      }),
    ]);
    clearTimeout(startupTimer);
    if (startup !== undefined) {
      this.broken = `the worker process could not load pyglass: ${startup}`;
      await this.close();
      return { ...NOT_RUN, hostError: this.broken };
    }
    const job: Job = {
      id: this.nextId++,
      path: request.path,
      argv: request.argv,
      stdin: request.stdin,
      cwd: request.cwd,
      outputLimit: this.options.outputLimit ?? 4_000_000,
      ...(request.stress === undefined ? {} : { stress: request.stress }),
    };
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const result = await new Promise<JobResult | { readonly died: string } | "timeout">((resolve) => {
      slot.pending = { id: job.id, resolve };
      timer = setTimeout(() => resolve("timeout"), request.timeoutMs ?? this.options.timeoutMs);
      slot.worker.send(job);
    });
    clearTimeout(timer);
    const milliseconds = performance.now() - started;
    if (result === "timeout" || "died" in result) {
      slot.pending = undefined;
      await this.retire(slot);
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
    const slots = [this.current, this.spare];
    this.current = undefined;
    this.spare = undefined;
    for (const slot of slots) {
      if (slot !== undefined) {
        slot.dead ??= "closed";
        await stop(slot);
      }
    }
  }
}
