import { randomInt } from "node:crypto";
import { runFile, runSource } from "../index.js";
import type { SchedulerOptions, SignalTarget } from "../index.js";
import { BAD_HASH_SEED_MESSAGE, hashSeedFor } from "./hash-seed.js";
import { SigintHook, dieOfSignal } from "./sigint.js";
import { stdinSource } from "./stdin.js";
import type { Streams } from "./streams.js";
import type { ObserveOptions } from "./observe-run.js";
import { ObservedRun, REPLAY_EXIT_CODE } from "./observe-run.js";

/** What to run: a script file, or `-c CODE`; `argv` becomes `sys.argv`. */
export type Program =
  | { readonly kind: "file"; readonly path: string; readonly argv: readonly string[] }
  | { readonly kind: "code"; readonly code: string; readonly argv: readonly string[] };

/** Runs a program as `python3` would and returns its exit code. */
export async function runCommand(
  program: Program,
  io: Streams,
  threads: SchedulerOptions = {},
  observe: ObserveOptions = {},
): Promise<number> {
  const name = program.kind === "file" ? program.path : "-c";
  const observed = ObservedRun.create(observe, name, program.argv, threads, io);
  if (observed === null) return REPLAY_EXIT_CODE;
  const hashSeed = hashSeedFor(process.env.PYTHONHASHSEED, observed.runSeed, () => randomInt(1, 2 ** 32));
  if (hashSeed === null) {
    io.stderr(BAD_HASH_SEED_MESSAGE);
    return 1;
  }
  const options = {
    threads: observed.threads,
    argv: program.argv,
    stdout: (s: string) => io.stdout(s),
    stderr: (s: string) => io.stderr(s),
    stdin: stdinSource(),
    hashSeed,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
  const sigint = new SigintHook();
  const result = await (async () => {
    try {
      const withSignals = { ...options, signals: (target: SignalTarget) => sigint.install(target) };
      return program.kind === "file"
        ? await runFile(program.path, withSignals)
        : await runSource(program.code, withSignals);
    } finally {
      sigint.remove();
    }
  })();
  const code = observed.finish(result.exitCode, io);
  if (result.signal !== undefined) await dieOfSignal(result.signal);
  return code;
}
