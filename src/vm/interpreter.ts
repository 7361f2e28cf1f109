/**
 * An interpreter: builtins, sys, the module table, the host it runs on, and its threads. It runs
 * a program's main module to completion and reports what python3 would: output, traceback, exit
 * code. Several interpreters can live in one process; none of their state is global except the
 * hash secret (see ops/hash.ts).
 */
import type { CodeObject } from "../compiler/code.js";
import type { PyObject, PyValue } from "../objects/core.js";
import { InternalError, None } from "../objects/core.js";
import { str } from "../objects/ops/convert.js";
import type { Gen } from "../objects/suspend.js";
import { bootstrapObjects } from "../objects/bootstrap.js";
import { codeFor } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { PyErrorCarrier } from "../objects/error-carrier.js";
import { E, PyBaseException, fromCarrier, newException } from "../objects/exceptions.js";
import { PyFunction } from "../objects/function.js";
import { hashSecretFromSeed } from "../objects/hash/secret.js";
import { PyModule } from "../objects/misc.js";
import type { IntStrLimit } from "../objects/numeric/int-str.js";
import { DEFAULT_MAX_STR_DIGITS } from "../objects/numeric/int-str.js";
import { setHashSecret } from "../objects/ops/hash.js";
import { PythonSyntaxError } from "../parser/syntax-error.js";
import { makeBuiltins } from "../modules/builtins.js";
import { makeSys } from "../modules/sys.js";
import { TextStream } from "../modules/io-streams.js";
import { nativeModules } from "../modules/registry.js";
import { libFile, libIsDir } from "../modules/lib-files.js";
import { Memory } from "../memory/memory.js";
import { hasAtexitCallbacks, runAtexitCallbacks } from "../modules/atexit.js";
import { syntaxErrorFrom } from "./syntax-errors.js";
import { Frame, ReturnTo } from "./frame.js";
import type { CompileMode, Compiler, Host } from "./host.js";
import { NativeFrame, Thread } from "./thread.js";
import type { SchedulerOptions } from "./scheduler.js";
import { DEADLOCK_EXIT_CODE, DeadlockError, Scheduler } from "./scheduler.js";
import { LOCK_ORDER_EXIT_CODE } from "./lock-order.js";
import { getAttr } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import { printException } from "./traceback.js";

export interface InterpreterOptions {
  readonly host: Host;
  readonly compile: Compiler;
  /** sys.argv. */
  readonly argv: readonly string[];
  /** PYTHONHASHSEED (0 disables randomisation). */
  readonly hashSeed?: number;
  /** Directory of the main script: sys.path[0]. */
  readonly scriptDir?: string;
  /** Threads: virtual or real time, switch points (see scheduler.ts). */
  readonly threads?: SchedulerOptions;
}

export class Interpreter {
  readonly host: Host;
  readonly compile: Compiler;
  readonly builtins: PyModule;
  readonly builtinsDict: PyDict;
  /**
   * Python objects natives keep for the interpreter's life outside any Python-visible place, as
   * CPython keeps them in a module's state struct (e.g. `_ast`'s shared `Load()` and `USub()`
   * instances): roots of the census while the program runs.
   */
  readonly moduleState: PyObject[] = [];
  readonly sys: PyModule;
  /** sys.modules. */
  readonly modules: PyDict;
  readonly stdout: TextStream;
  readonly stderr: TextStream;
  recursionLimit = 1000;
  intStrLimit: IntStrLimit = { maxStrDigits: DEFAULT_MAX_STR_DIGITS };
  readonly mainThread: Thread;
  /** The GIL and the threads (scheduler.ts); its clock is the one time.* reads. */
  readonly scheduler: Scheduler;
  private nextThreadId = 1;
  /** Threads whose stacks the memory manager reads (the main thread and helpers). */
  private readonly liveThreads = new Set<Thread>();
  /** When objects die, as Python sees it (src/memory/). */
  readonly memory: Memory;
  /** Modules created from natives, by name, made on first import. */
  readonly nativeModules = nativeModules;

  constructor(readonly options: InterpreterOptions) {
    bootstrapObjects();
    setHashSecret(hashSecretFromSeed(options.hashSeed ?? 0));
    this.host = options.host;
    this.compile = options.compile;
    this.stdout = new TextStream(
      "<stdout>",
      1,
      (s) => this.host.writeStdout(s),
      this.host.stdoutIsTTY ?? false,
    );
    this.stderr = new TextStream("<stderr>", 2, (s) => this.host.writeStderr(s), true);
    this.modules = new PyDict();
    this.builtins = makeBuiltins(this);
    this.builtinsDict = this.builtins.dict!;
    this.sys = makeSys(this);
    this.modules.setStr("builtins", this.builtins);
    this.modules.setStr("sys", this.sys);
    this.scheduler = new Scheduler(this.host, options.threads);
    this.mainThread = new Thread(this, this.nextThreadId++);
    this.mainThread.name = "MainThread";
    this.liveThreads.add(this.mainThread);
    this.memory = new Memory({
      roots: (exiting) =>
        exiting
          ? [this.builtinsDict]
          : [this.modules, this.builtins, this.sys, this.builtinsDict, ...this.moduleState],
      threads: () => [...this.liveThreads, ...this.scheduler.threads],
    });
  }

  /** Turns host-level errors into Python exceptions; null for engine bugs. */
  convertHostError(e: unknown): PyBaseException | null {
    if (e instanceof PyBaseException) return e;
    if (e instanceof PyErrorCarrier) return fromCarrier(e);
    if (e instanceof PythonSyntaxError) return syntaxErrorFrom(e);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return newException(E.RecursionError, "maximum recursion depth exceeded");
    }
    // A string or buffer longer than the engine allows: CPython fails the allocation.
    const limit = /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/;
    if (e instanceof RangeError && limit.test(e.message)) return newException(E.MemoryError);
    return null;
  }

  /**
   * Compiles source (text, or bytes decoded by their coding cookie or BOM as compile() does),
   * turning syntax errors into Python SyntaxError exceptions.
   */
  compileSource(source: string | Uint8Array, filename: string, mode: CompileMode, flags = 0): CodeObject {
    try {
      return this.compile(source, filename, mode, flags, (message, lineno) => {
        this.stderr.write(formatSyntaxWarning(filename, lineno, message, this.host.readFile(filename)));
      });
    } catch (e) {
      if (e instanceof PythonSyntaxError) throw syntaxErrorFrom(e);
      throw e;
    }
  }

  /** The text of a source file: the bundled lib/ first, then the host's files. */
  readSource(path: string): string | null {
    return libFile(path) ?? this.host.readFile(path);
  }

  /** Is there a directory at this path (bundled lib/ or host)? */
  isDirectory(path: string): boolean {
    return libIsDir(path) || this.host.isDirectory(path);
  }

  /** A fresh module object (not yet in sys.modules). */
  newModule(name: string, file: string | null): PyModule {
    const m = new PyModule(name);
    const d = m.dict!;
    d.setStr("__builtins__", this.builtins);
    if (file !== null) d.setStr("__file__", file);
    return m;
  }

  /** The frame that runs a code object with the given globals / locals (module level). */
  frameForCode(code: CodeObject, globals: PyDict, locals: PyValue | null): Frame {
    const pycode = codeFor(code);
    const fn = new PyFunction(pycode, globals, this.builtinsFor(globals));
    return new Frame(pycode, globals, fn.builtins, locals, fn);
  }

  /** The builtins namespace a frame with these globals sees (globals['__builtins__']). */
  builtinsFor(globals: PyDict): PyDict {
    const b = globals.getStr("__builtins__");
    if (b instanceof PyModule) return b.dict!;
    if (b instanceof PyDict) return b;
    return this.builtinsDict;
  }

  /**
   * Runs `code` as the __main__ module; returns the exit code python3 would give. Uncaught
   * exceptions are printed as tracebacks to stderr.
   */
  runMain(code: CodeObject, filename: string): number {
    return this.runToCompletion(this.mainFrame(code, filename));
  }

  /** The __main__ module's frame for `code`, the module registered in sys.modules. */
  private mainFrame(code: CodeObject, filename: string): Frame {
    // As pymain sets __main__ up: __annotations__ before __builtins__, and for a script file
    // __file__ and __cached__ after them (`-c` has neither).
    const main = new PyModule("__main__");
    const globals = main.dict!;
    globals.setStr("__annotations__", new PyDict());
    globals.setStr("__builtins__", this.builtins);
    if (filename !== "<string>") {
      globals.setStr("__file__", filename);
      globals.setStr("__cached__", None);
    }
    this.modules.setStr("__main__", main);

    return this.frameForCode(code, globals, globals);
  }

  /** runMain, awaiting the host whenever every thread waits on host I/O. */
  async runMainAsync(code: CodeObject, filename: string): Promise<number> {
    const frame = this.mainFrame(code, filename);
    this.startMain(frame);
    try {
      await this.scheduler.runUntilAsync(this.mainThread);
      const exitCode = this.uncaughtExitCode();
      if (this.prepareShutdown()) await this.scheduler.runUntilAsync(this.mainThread);
      return this.reportLockOrder(this.finalize(exitCode));
    } catch (e) {
      if (e instanceof DeadlockError) return this.reportLockOrder(this.reportDeadlock(e));
      throw e;
    }
  }

  /** Runs an entry frame on the main thread until it ends; handles SystemExit and tracebacks. */
  runToCompletion(frame: Frame): number {
    this.startMain(frame);
    try {
      this.scheduler.runUntil(this.mainThread);
      const exitCode = this.uncaughtExitCode();
      if (this.prepareShutdown()) this.scheduler.runUntil(this.mainThread);
      return this.reportLockOrder(this.finalize(exitCode));
    } catch (e) {
      if (e instanceof DeadlockError) return this.reportLockOrder(this.reportDeadlock(e));
      throw e;
    }
  }

  private startMain(frame: Frame): void {
    const t = this.mainThread;
    frame.returnTo = ReturnTo.ENTRY;
    t.top = frame;
    t.depth = 1;
    t.mode = 0;
    t.finished = false;
  }

  /** The exit status of the main module's end: 0, or what its uncaught exception gives (printed). */
  private uncaughtExitCode(): number {
    const t = this.mainThread;
    return t.error === null ? 0 : this.handleUncaught(t.error);
  }

  /**
   * Py_FinalizeEx's wait_for_thread_shutdown: if threading was imported, the main thread runs
   * threading._shutdown(), which joins the non-daemon threads. Returns whether it must run.
   */
  private prepareShutdown(): boolean {
    const threading = this.modules.getStr("threading");
    if (threading === undefined) return false;
    this.startGen(this.mainThread, (t) => callShutdown(t, threading));
    return true;
  }

  /**
   * --lock-order-check: prints the lock-order inversions seen during the run, after everything
   * else; a run that would exit 0 exits with LOCK_ORDER_EXIT_CODE instead.
   */
  private reportLockOrder(exitCode: number): number {
    const report = this.scheduler.lockOrder?.report(this.mainThread) ?? "";
    if (report === "") return exitCode;
    this.flushStdout();
    this.stderr.write(report);
    this.stderr.flush();
    return exitCode === 0 ? LOCK_ORDER_EXIT_CODE : exitCode;
  }

  /** Prints a deadlock report and gives the documented exit status. */
  private reportDeadlock(e: DeadlockError): number {
    this.flushStdout();
    this.stderr.write(e.report);
    this.stderr.flush();
    return DEADLOCK_EXIT_CODE;
  }

  /** The signal the process should die of (an unhandled KeyboardInterrupt: SIGINT), or null. */
  exitSignal: number | null = null;

  /** What CPython does with an exception that reached the top: SystemExit or a traceback. */
  handleUncaught(exc: PyBaseException): number {
    if (exc.type.isSubtype(E.SystemExit)) return this.systemExitCode(exc);
    this.flushStdout();
    try {
      this.runGen((t) => printException(t, exc));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      this.stderr.write("Error in sys.excepthook:\n");
    }
    this.stderr.flush();
    // Py_RunMain's exit_sigint: after an unhandled KeyboardInterrupt the process dies of SIGINT
    // (a shell sees 130); the embedder performs the kill (exitSignal), 130 is the fallback.
    if (exc.type.isSubtype(E.KeyboardInterrupt)) {
      this.exitSignal = 2;
      return 130;
    }
    return 1;
  }

  /** _Py_HandleSystemExit: None -> 0, an int -> itself, anything else printed to stderr -> 1. */
  systemExitCode(exc: PyBaseException): number {
    const a = exc.args.items;
    const code: PyValue =
      exc.dict?.getStr("code") ?? (a.length === 0 ? None : a.length === 1 ? a[0]! : exc.args);
    if (code === None) return 0;
    // The status the parent process sees: the C int's low byte (sys.exit(-1) -> 255).
    if (typeof code === "number") return (code | 0) & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    if (typeof code === "bigint") {
      // PyLong_AsLong overflows to -1 beyond a C long.
      if (code !== BigInt.asIntN(64, code)) return 255;
      return Number(BigInt.asIntN(32, code)) & 0xff;
    }

    this.flushStdout();
    this.stderr.write(this.strForExit(code) + "\n");
    this.stderr.flush();
    return 1;
  }

  private strForExit(v: PyValue): string {
    try {
      const r = this.runGen((t) => str(t, v));
      return typeof r === "string" ? r : "";
    } catch {
      return "<exception str() failed>";
    }
  }

  /**
   * Runs a native generator to completion on a fresh thread, running any Python code it asks
   * for (used outside the main loop: traceback printing, exit handling). Throws what it throws.
   */
  runGen(make: (t: Thread) => Gen<PyValue>): PyValue {
    const t = this.newThread();
    const g = make(t);
    const first = g.next();
    if (first.done) return first.value;
    const nf = new NativeFrame(g);
    nf.pending = first.value;
    t.top = nf;
    t.mode = 0;
    this.scheduler.runUntil(t);
    this.threadDone(t);
    if (t.mode === 2) throw t.value;
    return t.value as PyValue;
  }

  /** Puts a native generator on an empty thread's stack, ready for the scheduler to run. */
  startGen(t: Thread, make: (t: Thread) => Gen<PyValue>): void {
    const nf = new NativeFrame(make(t));
    nf.pending = null;
    t.top = nf;
    t.mode = 1; // VALUE: the first next() gets undefined-equivalent None
    t.value = None;
  }

  /** Flushes sys.stdout (errors ignored, as at interpreter exit). */
  flushStdout(): void {
    this.stdout.flush();
  }

  /**
   * Interpreter shutdown (Py_FinalizeEx): the modules are dropped and a last collection runs,
   * with the finalizers that brings; then the standard streams are flushed.
   */
  finalize(exitCode: number): number {
    if (this.memory.observing || hasAtexitCallbacks(this)) {
      try {
        this.runGen((t) => this.exitGen(t));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
    this.stdout.flush();
    this.stderr.flush();
    return exitCode;
  }

  private *exitGen(t: Thread): Gen<PyValue> {
    // A SystemExit was released once its code was read (_Py_HandleSystemExit), before Py_Exit:
    // what its traceback held dies before the atexit handlers run. Other uncaught exceptions
    // stay referenced (sys.last_value) until the modules are dropped.
    const error = this.mainThread.error;
    if (error !== null && error.type.isSubtype(E.SystemExit)) {
      this.liveThreads.delete(this.mainThread);
      yield* this.memory.releaseDeaths(t);
    }
    yield* runAtexitCallbacks(t);
    this.liveThreads.delete(this.mainThread);
    yield* this.memory.atExit(t);
    return None;
  }

  newThread(): Thread {
    const t = new Thread(this, this.nextThreadId++);
    this.liveThreads.add(t);
    return t;
  }

  /** A thread that has finished no longer holds anything. */
  threadDone(t: Thread): void {
    if (t !== this.mainThread) this.liveThreads.delete(t);
  }

  /** An engine bug surfaced: never shown as Python output. */
  static bug(message: string): never {
    throw new InternalError(message);
  }
}

/**
 * A SyntaxWarning as the default warnings filters show it: "FILE:LINE: SyntaxWarning: MSG",
 * then the stripped source line when linecache can read the file.
 */
export function formatSyntaxWarning(
  filename: string,
  lineno: number,
  message: string,
  source: string | null,
): string {
  let out = `${filename}:${lineno}: SyntaxWarning: ${message}\n`;
  const line = source?.split(/\r\n|\r|\n/)[lineno - 1]?.trim();
  if (line) out += `  ${line}\n`;
  return out;
}

/** Calls threading._shutdown(); what it raises is reported as unraisable (ignored here). */
function* callShutdown(t: Thread, threading: PyValue): Gen<PyValue> {
  try {
    const fn = yield* getAttr(t, threading, "_shutdown");
    yield* call(t, fn, [], null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  return None;
}
