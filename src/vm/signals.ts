/**
 * Signals delivered to a running program (Modules/signalmodule.c): the host trips a signal
 * (`SignalTarget.signal`, from the embedder: the CLI hooks Node's SIGINT to it), the scheduler
 * wakes the main thread, and the Python handlers run there between two instructions — or, for
 * SIGINT's default_int_handler, KeyboardInterrupt is raised where the main thread stands (a
 * blocked wait is abandoned, as a sleep interrupted by EINTR is). See
 * docs/internals/tracing-and-signals.md. The core never touches the process: what an
 * embedder does for SIG_DFL (the default action) is its business.
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { E, newException } from "../objects/exceptions.js";
import { call } from "../objects/ops/call.js";
import type { Gen, Request, Wait } from "../objects/suspend.js";
import { BlockRequest } from "../objects/suspend.js";
import { Mode, toException } from "./eval.js";
import { Frame, Resume } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import { NativeFrame, type Thread } from "./thread.js";

export const SIGINT = 2;
export const SIGTERM = 15;
/** NSIG on Linux: valid signal numbers are 1 .. NSIG-1. */
export const NSIG = 65;

/** What an embedder uses to deliver OS signals to a running interpreter. */
export interface SignalTarget {
  /**
   * Delivers `signum`. Returns false when the program leaves the signal to its default action
   * (SIG_DFL): the embedder then performs it (the CLI lets the process die of the signal).
   */
  signal(signum: number): boolean;
}

/** SIG_DFL, SIG_IGN, SIGINT's default_int_handler, or a Python callable. */
export type Handler = "dfl" | "ign" | "int" | PyValue;

export class SignalState {
  /** Handlers set by signal.signal(); a missing entry is the startup one (handlerOf). */
  readonly handlers = new Map<number, Handler>();
  /** Signals tripped and not yet handled, in arrival order. */
  readonly pending: number[] = [];

  handlerOf(signum: number): Handler {
    return this.handlers.get(signum) ?? (signum === SIGINT ? "int" : "dfl");
  }
}

const states = new WeakMap<Interpreter, SignalState>();

export function signalState(interp: Interpreter): SignalState {
  let s = states.get(interp);
  if (s === undefined) {
    s = new SignalState();
    states.set(interp, s);
  }
  return s;
}

/** The entry point an embedder calls when the OS delivers `signum` (see SignalTarget). */
export function tripSignal(interp: Interpreter, signum: number): boolean {
  const s = signalState(interp);
  const h = s.handlerOf(signum);
  if (h === "dfl") return false;
  if (h === "ign") return true;
  s.pending.push(signum);
  interp.scheduler.interruptMain();
  return true;
}

/**
 * Runs on the main thread when the scheduler chose it with an interrupt pending (the eval
 * breaker's _PyErr_CheckSignals): the handlers of the pending signals run above the current
 * frame; a blocked wait is abandoned and, when the handlers return, waited for again.
 * `_thread.interrupt_main()` trips nothing: it counts as a SIGINT (as CPython simulates one).
 */
export function deliverSignals(t: Thread): void {
  const s = signalState(t.interp);
  const nums = s.pending.length > 0 ? s.pending.splice(0) : [SIGINT];
  const run: [number, Handler][] = [];
  for (const n of nums) {
    const h = s.handlerOf(n);
    if (h !== "dfl" && h !== "ign") run.push([n, h]);
  }
  if (run.length === 0) return;
  const wait = t.wait;
  t.wait = null;
  t.waitDeadline = Infinity;
  const frame = t.frame;
  const g = runHandlers(t, run, frame, wait);
  let r: IteratorResult<Request, PyValue>;
  try {
    r = g.next();
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
    return;
  }
  if (r.done) return;
  const top = t.top;
  if (top instanceof Frame) top.resume = Resume.DISCARD;
  const nf = new NativeFrame(g);
  nf.back = top;
  nf.pending = r.value;
  t.top = nf;
  t.mode = Mode.EXEC;
}

function* runHandlers(
  t: Thread,
  run: [number, Handler][],
  frame: Frame | null,
  wait: Wait | null,
): Gen<PyValue> {
  for (const [signum, h] of run) {
    if (h === "int") throw newException(E.KeyboardInterrupt);
    if (frame !== null) frame.exposed = true;
    yield* call(t, h as PyValue, [signum, frame ?? None]);
  }
  // The handlers returned: what the thread was waiting for, it waits for again (PEP 475).
  if (wait !== null) return yield new BlockRequest(wait);
  return None;
}
