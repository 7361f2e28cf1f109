// The public API of pyglass. The CLI and the web playground use only what this file exports.
import type { CodeObject } from "./compiler/code.js";
import { PythonSyntaxError } from "./parser/syntax-error.js";
import { formatSyntaxError } from "./parser/syntax-error-format.js";
import type { CompileMode, Compiler, Host, StdinSource } from "./vm/host.js";
import { reportHostError } from "./vm/host-error.js";
import { Interpreter, formatSyntaxWarning } from "./vm/interpreter.js";
import type { SchedulerOptions } from "./vm/scheduler.js";
import { type SignalTarget, tripSignal } from "./vm/signals.js";

export { PYGLASS_VERSION, PYTHON_VERSION } from "./version.js";
export type { ConstantValue } from "./parser/constant.js";
export type { CompileMode, Compiler, Host } from "./vm/host.js";
export { memoryHost } from "./vm/host.js";
export type { SchedulerOptions, SwitchPoints } from "./vm/scheduler.js";
export { DEADLOCK_EXIT_CODE } from "./vm/scheduler.js";
export type { SignalTarget } from "./vm/signals.js";

/** How to run a program: what it sees as sys.argv, where its output goes, what it may read. */
export interface RunOptions {
  /** `sys.argv`; by default `[path]`. */
  readonly argv?: readonly string[];
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  /**
   * Everything the program can read from stdin, or the source it is pulled from as the program
   * reads; none (EOF at once) by default.
   */
  readonly stdin?: string | StdinSource;
  /** The str/bytes hash secret seed, as PYTHONHASHSEED. */
  readonly hashSeed?: number;
  /** Whether stdout is a terminal (line buffered) rather than a pipe (block buffered). */
  readonly stdoutIsTTY?: boolean;
  /** Compiles source to code objects; pyglass's own compiler by default. */
  readonly compile?: Compiler;
  /** Threads: real time instead of the virtual clock, where preemption may happen. */
  readonly threads?: SchedulerOptions;
  /** TCP sockets through the host (runFile, runSource); true by default. */
  readonly network?: boolean;
  /**
   * Called once the interpreter exists with the target OS signals are delivered to (the CLI
   * hooks SIGINT to it). The run then gives the host a turn now and then so signals get in.
   */
  readonly signals?: (target: SignalTarget) => void;
}

export interface RunResult {
  /** The process exit code python3 would give: 0, 1 for an uncaught exception, SystemExit's code. */
  readonly exitCode: number;
  /** The signal the process should die of instead (SIGINT after an unhandled KeyboardInterrupt). */
  readonly signal?: number;
}

/**
 * pyglass's compiler: parse, then compile (CPython's compile()). Loaded on first use, so an
 * embedder that brings its own compiler does not load the parser.
 */
export async function loadDefaultCompiler(): Promise<Compiler> {
  const { parse } = await import("./parser/parser.js");
  const { compileAst } = await import("./compiler/compile.js");
  const { decodeSource } = await import("./parser/source.js");
  return (source, filename, mode, flags, onWarning) => {
    const tree = parse(source, filename, mode as CompileMode);
    // The compiler's errors quote the source line, so bytes are handed over decoded.
    const text = typeof source === "string" ? source : decodeSource(source, filename, "bytes").text;
    const r = compileAst(tree, filename, mode as CompileMode, { source: text, flags: flags ?? 0 });
    if (onWarning !== undefined) for (const w of r.warnings) onWarning(w.message, w.lineno);
    return r.code;
  };
}

/**
 * Compiles a script's bytes as `python3 FILE` does: the file reader's decoding and error
 * positions (parse's "file" input), then the compiler with the decoded text.
 */
async function loadScriptCompiler(): Promise<
  (bytes: Uint8Array, filename: string, onWarning: (message: string, lineno: number) => void) => CodeObject
> {
  const { parse } = await import("./parser/parser.js");
  const { compileAst } = await import("./compiler/compile.js");
  const { decodeSource } = await import("./parser/source.js");
  return (bytes, filename, onWarning) => {
    const tree = parse(bytes, filename, "exec", { input: "file" });
    const text = decodeSource(bytes, filename, "file").text;
    const r = compileAst(tree, filename, "exec", { source: text });
    for (const w of r.warnings) onWarning(w.message, w.lineno);
    return r.code;
  };
}

type NodeFs = typeof import("node:fs");
type NodeNet = import("./host-node/net.js").NodeNet;
type NodeFiles = import("./host-node/fs.js").NodeFs;

/** Node's file descriptors for a run (open(), os). */
async function loadNodeFiles(): Promise<NodeFiles> {
  const { nodeFs } = await import("./host-node/fs.js");
  return nodeFs();
}

/** Node's networking for a run, unless the options switch it off. */
async function loadNodeNet(options: RunOptions): Promise<NodeNet | undefined> {
  if (options.network === false) return undefined;
  const { nodeNet } = await import("./host-node/net.js");
  return nodeNet();
}

/** A Host over Node's file system and the options' streams. */
function nodeHost(fs: NodeFs, options: RunOptions, net?: NodeNet, files?: NodeFiles): Host {
  const start = performance.now();
  return {
    ...(net === undefined ? {} : { net }),
    ...(files === undefined ? {} : { fs: files }),
    readFile: (p) => {
      try {
        return fs.readFileSync(p, "utf8");
      } catch {
        return null;
      }
    },
    readBytes: (p) => {
      try {
        return new Uint8Array(fs.readFileSync(p));
      } catch {
        return null;
      }
    },
    isDirectory: (p) => {
      try {
        return fs.statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    isFile: (p) => {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
    cwd: () => process.cwd(),
    writeStdout: options.stdout ?? ((s) => void process.stdout.write(s)),
    writeStderr: options.stderr ?? ((s) => void process.stderr.write(s)),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdin: options.stdin ?? "",
    now: () => Date.now() / 1000,
    monotonic: () => (performance.now() - start) / 1000,
    env: { ...process.env } as Record<string, string>,
  };
}

/** Prints a top-level SyntaxError as python3 does (no traceback) and returns exit code 1. */
function reportSyntaxError(e: PythonSyntaxError, host: Host): number {
  host.writeStderr(formatSyntaxError(e));
  return 1;
}

/** Runs already-compiled main-module code in a new interpreter (awaiting the host when threads wait on it). */
async function runMain(
  code: () => CodeObject,
  filename: string,
  host: Host,
  compiler: Compiler,
  options: RunOptions,
  argv: readonly string[],
  scriptDir: string,
): Promise<RunResult> {
  let compiled: CodeObject;
  try {
    compiled = code();
  } catch (e) {
    if (e instanceof PythonSyntaxError) return { exitCode: reportSyntaxError(e, host) };
    throw e;
  }
  const interp = new Interpreter({
    host,
    compile: compiler,
    argv,
    hashSeed: options.hashSeed ?? 0,
    scriptDir,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  });
  if (options.signals !== undefined) {
    interp.scheduler.pollHost();
    options.signals({ signal: (signum) => tripSignal(interp, signum) });
  }
  try {
    const exitCode = await interp.runMainAsync(compiled, filename);
    return interp.exitSignal === null ? { exitCode } : { exitCode, signal: interp.exitSignal };
  } catch (e) {
    // An internal bug: reported as a Python-level SystemError, never as a JavaScript stack.
    return { exitCode: reportHostError(interp, e) };
  }
}

/** Runs a Python script file as `python3 FILE` would. */
export async function runFile(path: string, options: RunOptions = {}): Promise<RunResult> {
  const fs = await import("node:fs");
  const nodePath = await import("node:path");
  const net = await loadNodeNet(options);
  const files = await loadNodeFiles();
  const host = nodeHost(fs, options, net, files);
  const abs = nodePath.resolve(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(abs));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === "EISDIR" ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
    host.writeStderr(`python3: can't open file '${abs}': ${reason}\n`);
    return { exitCode: 2 };
  }
  const compiler = options.compile ?? (await loadDefaultCompiler());
  const argv = options.argv ?? [path];
  const compileScript = options.compile === undefined ? await loadScriptCompiler() : null;
  const onWarning = (message: string, lineno: number): void =>
    host.writeStderr(formatSyntaxWarning(abs, lineno, message, host.readFile(abs)));
  const result = await runMain(
    () =>
      compileScript !== null
        ? compileScript(bytes, abs, onWarning)
        : compiler(bytes, abs, "exec", 0, onWarning),
    abs,
    host,
    compiler,
    options,
    argv,
    nodePath.dirname(abs),
  );
  net?.closeAll();
  files.closeAll();
  return result;
}

/** Runs source text as `python3 -c CODE` would (filename "<string>", sys.path[0] = ""). */
export async function runSource(source: string, options: RunOptions = {}): Promise<RunResult> {
  const fs = await import("node:fs");
  const net = await loadNodeNet(options);
  const files = await loadNodeFiles();
  const host = nodeHost(fs, options, net, files);
  const compiler = options.compile ?? (await loadDefaultCompiler());
  const argv = options.argv ?? ["-c"];
  const result = await runMain(
    () =>
      compiler(source, "<string>", "exec", 0, (message, lineno) =>
        host.writeStderr(formatSyntaxWarning("<string>", lineno, message, null)),
      ),
    "<string>",
    host,
    compiler,
    options,
    argv,
    "",
  );
  net?.closeAll();
  files.closeAll();
  return result;
}

/** Runs source in a given host (the browser, tests): no Node APIs involved. */
export async function runInHost(
  source: string,
  filename: string,
  host: Host,
  options: RunOptions = {},
): Promise<RunResult> {
  const compiler = options.compile ?? (await loadDefaultCompiler());
  const argv = options.argv ?? [filename];
  const result = await runMain(
    () =>
      compiler(source, filename, "exec", 0, (message, lineno) =>
        host.writeStderr(formatSyntaxWarning(filename, lineno, message, source)),
      ),
    filename,
    host,
    compiler,
    options,
    argv,
    "",
  );
  return result;
}
