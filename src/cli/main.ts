// The `pyglass` command line. Mirrors `python3` where the two overlap: pyglass's own options come
// before the script, everything after the script (or after `-c CODE`) belongs to the program.
import { PYGLASS_VERSION, PYTHON_VERSION } from "../version.js";
import { astCommand } from "./ast-command.js";
import { disCommand } from "./dis-command.js";
import { runCommand } from "./run-command.js";
import type { ObserveOptions } from "./observe-run.js";
import type { SchedulerOptions } from "../index.js";
import type { Streams } from "./streams.js";
import { processStreams } from "./streams.js";
import { tokensCommand } from "./tokens-command.js";
import { DEFAULT_JIT_MODE, setJitMode } from "../vm/jit/compile.js";
import { memoryDebug } from "../memory/active.js";
import { memoryLimit } from "../memory/budget.js";

export type { Streams } from "./streams.js";

export const USAGE = `usage: pyglass [run] [option] ... [-c cmd | file | -] [arg] ...
       pyglass ast FILE      print the AST as ast.dump(..., include_attributes=True) does
       pyglass tokens FILE   print the tokens as python3 -m tokenize does
       pyglass dis FILE      print the bytecode as python3 -m dis does`;

const HELP = `${USAGE}

pyglass ${PYGLASS_VERSION}: a Python ${PYTHON_VERSION} runtime whose GIL, threads, GC and scheduler
can be seen and replayed.

Options:
  -c cmd    program passed in as string (terminates option list)
  --record FILE
            write the run's scheduling decisions to FILE (JSON), for --replay
  --replay FILE
            make the scheduling decisions recorded in FILE again; stops with a
            report if the program does not follow them
  --real-time
            time.* and timeouts use the host's clocks and really wait (default:
            a virtual clock, so runs are deterministic and sleeps take no time)
  --gc-log  print one line per garbage collection on stderr: generation,
            collected, uncollectable, finalizers run, gc.get_count() before and
            after, instructions and host milliseconds it took
  --max-memory BYTES
            raise MemoryError when the program's live objects, counted in
            CPython's sizes (sys.getsizeof), exceed BYTES (checked between
            slices, so approximate: see docs/internals/memory.md)
  --gc-stress[=N]
            debug: a full census of the heap at every (N-th) instruction
            boundary, checking that no object found dead is reachable again
            (also PYGLASS_GC_STRESS=N for the test harness)
  --jit=auto|always|never
            the compile tier (src/vm/jit/): compile code objects to JavaScript
            once their loops have run often (the default), from their first
            run, or never
  --seed N  threads are chosen at random from seed N (default: a random seed,
            printed if a run with several threads fails); the same seed gives
            the same schedule, output and trace (and str hashes, which
            are random per run unless PYTHONHASHSEED is set)
  --policy=round-robin|random|pct
            which runnable thread runs next: each in turn, uniformly at random
            (the default), or PCT (random priorities with --pct-depth - 1
            priority-change points); random and pct use the seed
  --pct-depth=D
            PCT's depth (default 3)
  --switch-points=eval-breaker|any
            where a thread may be preempted: only where CPython 3.11 checks its
            eval breaker (default), or between any two instructions
  --switch-interval=ticks|wall
            measure the switch interval in instructions at a fixed virtual cost
            (default, deterministic) or on the host clock, as CPython does
  --lock-order-check
            report locks taken in a cyclic order (potential deadlocks) at exit,
            even when the run did not deadlock; exit status 4 if the program
            otherwise exits 0 (a deadlock exits with status 3)
  --trace FILE
            write the run's timeline to FILE as Chrome Trace Event JSON (opens in
            Perfetto or chrome://tracing)
  -h, --help
            print this help message and exit
  -V, --version
            print the Python version number and exit

Arguments:
  file      program read from script file
  arg ...   arguments passed to program in sys.argv[1:]
`;

/** Subcommands that take one file: `pyglass ast FILE`, `pyglass tokens FILE`. */
const FILE_COMMANDS: Readonly<Record<string, (path: string, io: Streams) => Promise<number>>> = {
  ast: astCommand,
  tokens: tokensCommand,
  dis: disCommand,
};

/** Options that name a file: the trace to write, the schedule to record or replay. */
const FILE_OPTIONS = ["--trace", "--record", "--replay"] as const;

function usageError(io: Streams, message: string): number {
  io.stderr(`${message}\n${USAGE}\n`);
  return 2;
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Streams = processStreams): Promise<number> {
  const first = argv[0];
  if (first === undefined) return usageError(io, "pyglass: no program given");
  const fileCommand = FILE_COMMANDS[first];
  if (fileCommand !== undefined) {
    const path = argv[1];
    if (path === undefined || argv.length > 2) return usageError(io, `pyglass ${first}: expected one FILE`);
    return fileCommand(path, io);
  }
  const threads: { -readonly [K in keyof SchedulerOptions]: SchedulerOptions[K] } = {};
  const observe: ObserveOptions = {};
  // Each run starts from the default (a process may run main() more than once).
  setJitMode(DEFAULT_JIT_MODE);
  // `pyglass run [option] ... FILE` is `pyglass [option] ... FILE`.
  const start = first === "run" && argv.length > 1 ? 1 : 0;
  for (let i = start; i < argv.length; i++) {
    const arg = argv[i]!;
    const fileOption = FILE_OPTIONS.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (fileOption !== undefined) {
      const value = arg === fileOption ? argv[++i] : arg.slice(fileOption.length + 1);
      if (value === undefined || value === "") return usageError(io, `pyglass: ${fileOption} takes a FILE`);
      observe[fileOption.slice(2) as "trace" | "record" | "replay"] = value;
      continue;
    }
    if (arg === "--max-memory" || arg.startsWith("--max-memory=")) {
      const value = arg === "--max-memory" ? argv[++i] : arg.slice("--max-memory=".length);
      if (value === undefined || !/^[1-9]\d*$/.test(value))
        return usageError(io, "pyglass: --max-memory takes a positive number of bytes");
      memoryLimit.bytes = Number(value);
      continue;
    }
    if (arg === "--gc-log") {
      observe.gcLog = true;
      continue;
    }
    if (arg === "--real-time") {
      threads.realTime = true;
      continue;
    }
    if (arg === "--gc-stress" || arg.startsWith("--gc-stress=")) {
      const value = arg === "--gc-stress" ? "1" : arg.slice("--gc-stress=".length);
      if (!/^[1-9]\d*$/.test(value)) return usageError(io, "pyglass: --gc-stress takes a positive integer");
      memoryDebug.stress = Number(value);
      continue;
    }
    if (arg.startsWith("--jit=")) {
      const mode = arg.slice("--jit=".length);
      if (mode !== "auto" && mode !== "always" && mode !== "never")
        return usageError(io, "pyglass: --jit takes auto, always or never");
      setJitMode(mode);
      continue;
    }
    if (arg === "--seed" || arg.startsWith("--seed=")) {
      const value = arg.startsWith("--seed=") ? arg.slice("--seed=".length) : argv[++i];
      const seed = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(seed)) {
        return usageError(io, "pyglass: --seed takes a non-negative integer");
      }
      threads.seed = seed;
      continue;
    }
    if (arg === "--lock-order-check") {
      threads.lockOrderCheck = true;
      continue;
    }
    if (arg === "--policy" || arg.startsWith("--policy=")) {
      const value = arg.startsWith("--policy=") ? arg.slice("--policy=".length) : argv[++i];
      if (value !== "round-robin" && value !== "random" && value !== "pct") {
        return usageError(io, "pyglass: --policy takes round-robin, random or pct");
      }
      threads.policyName = value;
      continue;
    }
    if (arg === "--pct-depth" || arg.startsWith("--pct-depth=")) {
      const value = arg.startsWith("--pct-depth=") ? arg.slice("--pct-depth=".length) : argv[++i];
      const depth = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || depth < 1 || !Number.isSafeInteger(depth)) {
        return usageError(io, "pyglass: --pct-depth takes a positive integer");
      }
      threads.pctDepth = depth;
      continue;
    }
    if (arg === "--switch-interval" || arg.startsWith("--switch-interval=")) {
      const value = arg.startsWith("--switch-interval=") ? arg.slice("--switch-interval=".length) : argv[++i];
      if (value !== "ticks" && value !== "wall") {
        return usageError(io, "pyglass: --switch-interval takes ticks or wall");
      }
      threads.switchInterval = value;
      continue;
    }
    if (arg.startsWith("--switch-points")) {
      const value = arg.startsWith("--switch-points=") ? arg.slice("--switch-points=".length) : argv[++i];
      if (value !== "eval-breaker" && value !== "any") {
        return usageError(io, "pyglass: --switch-points takes eval-breaker or any");
      }
      threads.switchPoints = value;
      continue;
    }
    if (arg === "-h" || arg === "--help") {
      io.stdout(HELP);
      return 0;
    }
    if (arg === "-V" || arg === "--version") {
      io.stdout(`Python ${PYTHON_VERSION} (pyglass ${PYGLASS_VERSION})\n`);
      return 0;
    }
    if (arg === "-c") {
      const code = argv[i + 1];
      if (code === undefined) return usageError(io, "Argument expected for the -c option");
      return runCommand({ kind: "code", code, argv: ["-c", ...argv.slice(i + 2)] }, io, threads, observe);
    }
    if (arg.startsWith("-") && arg !== "-") return usageError(io, `Unknown option: ${arg}`);
    return runCommand({ kind: "file", path: arg, argv: argv.slice(i) }, io, threads, observe);
  }
  return usageError(io, "pyglass: no program given");
}
