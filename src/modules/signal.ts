/**
 * The _signal module (Modules/signalmodule.c) over the interpreter's signal table
 * (src/vm/signals.ts); lib/signal.py wraps it with the Signals and Handlers enums as CPython's
 * signal.py does. Handlers run in the main thread between instructions; the host delivers OS
 * signals through SignalTarget (the CLI: SIGINT).
 */
import type { PyValue } from "../objects/core.js";
import { None, typeOf } from "../objects/core.js";
import { E, newException, typeError, valueError } from "../objects/exceptions.js";
import { intValue, typeName } from "../objects/helpers.js";
import { PyModule } from "../objects/misc.js";
import type { PyBuiltin } from "../objects/native.js";
import { nativeFunctions } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import { addNative, newSet } from "../objects/set.js";
import type { Interpreter } from "../vm/interpreter.js";
import { osError } from "./_socket/errors.js";
import type { Handler } from "../vm/signals.js";
import { NSIG, signalState, tripSignal } from "../vm/signals.js";

/** Linux's signal numbers (signal.Signals in python3 on x86-64 Linux). */
const NUMBERS: readonly [string, number][] = [
  ["SIGHUP", 1],
  ["SIGINT", 2],
  ["SIGQUIT", 3],
  ["SIGILL", 4],
  ["SIGTRAP", 5],
  ["SIGABRT", 6],
  ["SIGIOT", 6],
  ["SIGBUS", 7],
  ["SIGFPE", 8],
  ["SIGKILL", 9],
  ["SIGUSR1", 10],
  ["SIGSEGV", 11],
  ["SIGUSR2", 12],
  ["SIGPIPE", 13],
  ["SIGALRM", 14],
  ["SIGTERM", 15],
  ["SIGSTKFLT", 16],
  ["SIGCHLD", 17],
  ["SIGCLD", 17],
  ["SIGCONT", 18],
  ["SIGSTOP", 19],
  ["SIGTSTP", 20],
  ["SIGTTIN", 21],
  ["SIGTTOU", 22],
  ["SIGURG", 23],
  ["SIGXCPU", 24],
  ["SIGXFSZ", 25],
  ["SIGVTALRM", 26],
  ["SIGPROF", 27],
  ["SIGWINCH", 28],
  ["SIGIO", 29],
  ["SIGPOLL", 29],
  ["SIGPWR", 30],
  ["SIGSYS", 31],
  ["SIGRTMIN", 34],
  ["SIGRTMAX", 64],
];

/** strsignal(): glibc's descriptions. */
const DESCRIPTIONS: Record<number, string> = {
  1: "Hangup",
  2: "Interrupt",
  3: "Quit",
  4: "Illegal instruction",
  5: "Trace/breakpoint trap",
  6: "Aborted",
  7: "Bus error",
  8: "Floating point exception",
  9: "Killed",
  10: "User defined signal 1",
  11: "Segmentation fault",
  12: "User defined signal 2",
  13: "Broken pipe",
  14: "Alarm clock",
  15: "Terminated",
  16: "Stack fault",
  17: "Child exited",
  18: "Continued",
  19: "Stopped (signal)",
  20: "Stopped",
  21: "Stopped (tty input)",
  22: "Stopped (tty output)",
  23: "Urgent I/O condition",
  24: "CPU time limit exceeded",
  25: "File size limit exceeded",
  26: "Virtual timer expired",
  27: "Profiling timer expired",
  28: "Window changed",
  29: "I/O possible",
  30: "Power failure",
  31: "Bad system call",
};

const SIGKILL = 9;
const SIGSTOP = 19;

function signum(v: PyValue | undefined, fname: string): number {
  const n = v === undefined ? undefined : intValue(v);
  if (n === undefined) {
    throw typeError(`${fname}() argument 1 must be int, not ${v === undefined ? "nothing" : typeName(v)}`);
  }
  const k = Number(n);
  if (k < 1 || k >= NSIG) throw valueError("signal number out of range");
  return k;
}

export function makeSignalModule(interp: Interpreter): PyModule {
  const m = new PyModule("_signal");
  const d = m.dict!;
  const state = signalState(interp);
  const fns = nativeFunctions("_signal", {
    // signal_default_int_handler: the startup SIGINT handler.
    default_int_handler: () => {
      throw newException(E.KeyboardInterrupt);
    },
    signal: (t, _s, args) => {
      if (args.length !== 2) throw typeError(`signal expected 2 arguments, got ${args.length}`);
      const n = signum(args[0], "signal");
      const h = args[1]!;
      let handler: Handler;
      if (h === defaultInt) handler = "int";
      else if ((typeof h === "number" || typeof h === "bigint") && (Number(h) === 0 || Number(h) === 1)) {
        handler = Number(h) === 0 ? "dfl" : "ign";
      } else if (typeof h !== "number" && typeOf(h).lookup("__call__") !== null) handler = h;
      else throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      if (t !== interp.mainThread)
        throw valueError("signal only works in main thread of the main interpreter");
      if (n === SIGKILL || n === SIGSTOP) throw osError("EINVAL");
      const old = asPython(state.handlerOf(n));
      state.handlers.set(n, handler);
      return old;
    },
    getsignal: (_t, _s, args) => asPython(state.handlerOf(signum(args[0], "getsignal"))),
    raise_signal: {
      gen: function* (t, _s, args) {
        const n = signum(args[0], "raise_signal");
        const h = state.handlerOf(n);
        if (h === "ign") return None;
        if (h === "dfl") {
          // The default action ends the process by the signal: the embedder performs it
          // (Interpreter.exitSignal); SystemExit unwinds the program meanwhile.
          interp.exitSignal = n;
          throw newException(E.SystemExit, 128 + n);
        }
        if (t !== interp.mainThread) {
          tripSignal(interp, n);
          return None;
        }
        // PyErr_CheckSignals right after raise(): the handler runs now, in this thread.
        if (h === "int") throw newException(E.KeyboardInterrupt);
        yield* call(t, h as PyValue, [n, t.frame ?? None]);
        return None;
      },
    },
    strsignal: (_t, _s, args) => {
      const n = signum(args[0], "strsignal");
      return DESCRIPTIONS[n] ?? (n >= 34 && n <= 64 ? `Real-time signal ${n - 34}` : None);
    },
    valid_signals: () => {
      const out = newSet();
      for (let i = 1; i < NSIG; i++) if (i < 32 || i >= 34) addNative(out, i);
      return out;
    },
  });
  let defaultInt: PyValue = None;
  for (const [name, f] of fns) {
    d.setStr(name, f);
    if (name === "default_int_handler") defaultInt = f as PyBuiltin;
  }
  const asPython = (h: Handler): PyValue =>
    h === "dfl" ? 0 : h === "ign" ? 1 : h === "int" ? defaultInt : h;
  for (const [name, n] of NUMBERS) d.setStr(name, n);
  d.setStr("SIG_DFL", 0);
  d.setStr("SIG_IGN", 1);
  d.setStr("SIG_BLOCK", 0);
  d.setStr("SIG_UNBLOCK", 1);
  d.setStr("SIG_SETMASK", 2);
  d.setStr("NSIG", NSIG);
  return m;
}
