/**
 * A Python thread: its own stack of frames (Python frames and suspended natives, linked through
 * `back`), the handled-exception chain (sys.exc_info) and its recursion depth. The eval loop
 * runs one thread at a time (`run(thread, budget)` in eval.ts); nothing about "the current
 * frame" lives outside the thread.
 */
import type { PyObject, PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { E, newException } from "../objects/exceptions.js";
import type { PyBaseException } from "../objects/exceptions.js";
import type { Gen, ItemSink, Request, Wait } from "../objects/suspend.js";
import type { Frame } from "./frame.js";
import type { Interpreter } from "./interpreter.js";
import type { TraceHooks } from "./trace.js";

/** One level of the handled-exception chain (CPython's _PyErr_StackItem). */
export class ExcStateItem {
  constructor(
    public value: PyBaseException | null,
    public previous: ExcStateItem | null,
  ) {}
}

/** A native generator suspended while Python code it asked for runs above it. */
export class NativeFrame {
  readonly isNative = true;
  back: Frame | NativeFrame | null = null;
  /** The request it yielded, not yet started by the loop. */
  pending: Request | null = null;
  /** Recursion levels (thread.cDepth) this native holds until it finishes. */
  cLevels = 0;
  /**
   * The objects this native keeps in its own variables, when it declares them (a thread's
   * bootstrap: its function and arguments, as thread_run holds them): the census counts them
   * as roots, and checkpoints need not wait for such a native to return.
   */
  holds: PyObject[] | null = null;
  /** `holds` was set for the body request now running (eval.ts's startRequest), not for good. */
  holdsRequest = false;
  /**
   * The sink of the generator this native resumed last (ResumeRequest.sink): YIELD_VALUE hands
   * it each item and goes on in the generator when it takes it, as if the native had taken the
   * item and resumed the generator with None at once.
   */
  sink: ItemSink | null = null;
  constructor(readonly gen: Gen<PyValue>) {}
}

export type AnyFrame = Frame | NativeFrame;

export class Thread {
  /** The innermost frame; null when the thread has nothing to run. */
  top: AnyFrame | null = null;
  /** Python frames on the stack (for the recursion limit). */
  depth = 0;
  /**
   * C-level recursion levels in progress: natives that count against the limit while they run
   * (a builtin call, PyObject_Repr, a class call), as CPython's single recursion counter does.
   */
  cDepth = 0;
  excInfo: ExcStateItem = new ExcStateItem(null, null);
  /** The return value of the generator whose end answered the last resume request with STOP. */
  stopValue: PyValue = None;
  /** Set when the thread finished: its result, or the exception that ended it. */
  result: PyValue | null = null;
  error: PyBaseException | null = null;
  finished = false;
  /** The eval loop's state (see eval.ts): 0 EXEC, 1 VALUE, 2 THROW, and its operand. */
  mode = 0;
  // Starts as a small int so the field is "tagged" at once: an int result stored later would
  // otherwise change its representation and deoptimize the loop.
  value: PyValue | PyBaseException | null = 0;
  /** The exception being raised is a re-raise: add no traceback entry. */
  reraise = false;
  /** Instructions left in the current run() slice. */
  budget = 0;
  /** Python calls run inside a compiled caller's JavaScript call (eval.ts, runNested). */
  nested = 0;
  /** Containers whose repr is in progress on this thread (Py_ReprEnter). */
  readonly reprActive = new Set<object>();
  /** What the thread is blocked on (eval Mode.BLOCKED), or null; see scheduler.ts. */
  wait: Wait | null = null;
  /** Interpreter-clock deadline of `wait` (Infinity for none). */
  waitDeadline = Infinity;
  /** Preempt only where 3.11's eval breaker is checked (switch-point mode eval-breaker). */
  breakerOnly = false;
  /** sys.settrace / setprofile hooks of this thread (trace.ts), made on first use. */
  trace: TraceHooks | null = null;
  /** A hook is set and not running: the eval loop steps through trace.ts. */
  traceOn = false;
  /** A builtin asked to end the slice after it returns (the eval breaker: trace hooks, signals). */
  breakSlice = false;
  /** Instructions this thread has run (its CPU time on the virtual clock). */
  ticks = 0;
  /** Run when the thread ends (sentinel locks released, thread-local values dropped). */
  readonly onExit: (() => void)[] = [];
  /** A daemon thread does not keep the interpreter alive at exit. */
  daemon = false;
  /** Shown in reports and the trace ("MainThread", "Thread-1 (worker)"). */
  name = "";
  constructor(
    readonly interp: Interpreter,
    readonly ident: number,
  ) {}

  /**
   * _Py_EnterRecursiveCall: raises RecursionError with CPython's `where` suffix when the
   * recursion limit is reached; otherwise counts one more level (leave with leaveRecursiveCall).
   */
  enterRecursiveCall(where: string): void {
    if (this.depth + this.cDepth >= this.interp.recursionLimit) {
      throw newException(E.RecursionError, `maximum recursion depth exceeded${where}`);
    }
    this.cDepth++;
  }

  leaveRecursiveCall(): void {
    this.cDepth--;
  }

  /** Ends the thread with a result or an uncaught exception. */
  finish(result: PyValue | null, error: PyBaseException | null): void {
    this.result = result;
    this.error = error;
    this.finished = true;
    this.top = null;
  }

  /** The innermost Python frame (skipping suspended natives). */
  get frame(): Frame | null {
    let f = this.top;
    while (f !== null && f instanceof NativeFrame) f = f.back;
    return f;
  }

  /** The exception currently being handled (sys.exc_info()[1]), or null. */
  handledException(): PyBaseException | null {
    for (let item: ExcStateItem | null = this.excInfo; item !== null; item = item.previous) {
      if (item.value !== null) return item.value;
    }
    return null;
  }
}
