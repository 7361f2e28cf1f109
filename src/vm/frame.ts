/**
 * A Python frame on the heap (CPython's _PyInterpreterFrame plus its PyFrameObject view).
 *
 * Layout: `slots` holds the code's localsplus (locals, cells, frees) followed by the value stack,
 * as CPython lays them out; `sp` is the index of the next free stack slot. `null` in a local slot
 * means unbound; on the stack it is CPython's NULL (PUSH_NULL, method-call layout).
 *
 * Invariant while the frame is not running: `ip` is the code unit of the next instruction,
 * `lasti` the unit of the instruction being executed (the CALL that is waiting, for a caller
 * frame), and slots[nlocalsplus .. sp) is the live stack.
 */
import type { PyValue } from "../objects/core.js";
import { PyObject, frameType } from "../objects/core.js";
import type { PyCode } from "../objects/code.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import type { PyGenerator } from "../objects/generator.js";
import type { AnyFrame } from "./thread.js";
import type { FrameTrace } from "./trace.js";

/** How a finished frame's result reaches whoever is below it. */
export const enum ReturnTo {
  /** Push the return value on the caller's stack (a normal call). */
  PUSH = 0,
  /** The thread's entry frame: the result ends the run. */
  ENTRY = 1,
  /** A class __init__ called by the instance-creation fast path: check None, push the instance. */
  INIT = 2,
}

/** What the instruction that suspended this frame expects when the answer comes back. */
export const enum Resume {
  /** Push the value. */
  PUSH = 0,
  /** FOR_ITER: push the item, or on STOP pop the iterator and jump to `resumeArg`. */
  FOR_ITER = 1,
  /** SEND: push the yielded value, or on STOP replace TOS with the return value and jump to `resumeArg`. */
  SEND = 2,
  /** Discard the value (the result of a call made for its effect). */
  DISCARD = 3,
  /** POP_JUMP_*: the value is a truth; jump to `resumeArg` when it equals `resumeFlag`. */
  POP_JUMP = 4,
  /** JUMP_IF_*_OR_POP: jump keeping TOS when the truth equals `resumeFlag`, else pop TOS. */
  JUMP_OR_POP = 5,
  /** next(gen) or gen.send(v) resumed the generator directly: push the value, or on STOP raise StopIteration. */
  NEXT = 6,
  /** next(gen, default), the default on TOS: replace it with the value, or on STOP keep it. */
  NEXT_OR_DEFAULT = 7,
  /**
   * BINARY_OP ran a Python operator method as a frame, both operands left on the stack: replace
   * them with the result, or on NotImplemented go on with the rest of the protocol (binaryOp).
   */
  BINARY_OP = 8,
}

export class Frame extends PyObject {
  readonly slots: (PyValue | null)[];
  sp: number;
  ip = 0;
  lasti = -1;
  /** After a RERAISE: the instruction whose handler applies (lasti is the restored one). */
  excAt = -1;
  back: AnyFrame | null = null;
  returnTo = ReturnTo.PUSH;
  resume = Resume.PUSH;
  resumeArg = 0;
  resumeFlag = false;
  /** KW_NAMES' tuple for the next CALL. */
  kwnames: readonly string[] | null = null;
  /** The generator owning this frame, if any. */
  gen: PyGenerator | null = null;
  /** Recursion levels (thread.cDepth) held until this frame is popped (a class call's tp_call). */
  cLevels = 0;
  /** For ReturnTo.INIT: the instance being initialised. */
  initSelf: PyValue | null = null;
  /** The Python frame object has been handed out (f_back, tracebacks) — for future frame reuse. */
  exposed = false;
  /** The next frame of the same code waiting for reuse (PyCode.freeFrames). */
  nextFree: Frame | null = null;
  /** f_trace & co. (trace.ts), made on first use. */
  tr: FrameTrace | null = null;

  constructor(
    readonly code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    /** The locals mapping of module, class and exec frames (LOAD_NAME & co.), else null. */
    public locals: PyValue | null,
    public func: PyFunction | null,
  ) {
    super(frameType);
    const n = code.nlocalsplus;
    this.slots = code.newSlots();

    this.sp = n;
  }

  /** The current line (f_lineno). */
  get lineno(): number | null {
    return this.code.lineAt(this.lasti);
  }

  /**
   * The calling Python frame (f_back), skipping suspended natives. It is being handed out
   * (f_back, sys._getframe's walk), so it is exposed: never recycled.
   */
  get pyBack(): Frame | null {
    let f = this.back;
    while (f !== null && !(f instanceof Frame)) f = f.back;
    if (f !== null) f.exposed = true;
    return f;
  }
}

/**
 * How many finished frames each code object keeps for reuse: enough for the calls of a loop and
 * a few levels of recursion; deeper recursion allocates the rest.
 */
const POOL_MAX = 8;

/**
 * The frame for calling Python function fn, its arguments still to be stored: a recycled frame
 * of fn's code when one is waiting (all its slots null, its registers as a new frame's), else a
 * new one. CPython 3.11 takes its frames from a per-thread data stack for the same reason: a
 * call should not allocate.
 */
export function frameFor(fn: PyFunction): Frame {
  const code = fn.code;
  const f = code.freeFrames;
  if (f !== null) {
    code.freeFrames = f.nextFree;
    code.freeCount--;
    f.nextFree = null;
    f.globals = fn.globals;
    f.builtins = fn.builtins;
    f.func = fn;
    return f;
  }
  return new Frame(code, fn.globals, fn.builtins, null, fn);
}

/**
 * Frame f has returned to its Python caller and is off the thread's stack: keeps it for the next
 * call of its code if nothing else can reach it. A frame that was ever handed out (`exposed`:
 * tracebacks, sys._getframe, f_back, tracing, signal handlers), a generator's, a frame with a
 * locals mapping and code with cell variables (`recycles` false) are left to the garbage
 * collector. Its locals are cleared here, which drops them when a frame's exit would have.
 */
export function recycleFrame(f: Frame): void {
  const code = f.code;
  if (!code.recycles || f.exposed || f.tr !== null || f.gen !== null || f.locals !== null) return;
  if (code.freeCount >= POOL_MAX) return;
  const s = f.slots;
  for (let i = f.sp - 1; i >= 0; i--) s[i] = null;
  f.sp = code.nlocalsplus;
  f.ip = 0;
  f.lasti = -1;
  f.excAt = -1;
  f.back = null;
  f.returnTo = ReturnTo.PUSH;
  f.resume = Resume.PUSH;
  f.kwnames = null;
  f.cLevels = 0;
  f.initSelf = null;
  f.func = null;
  f.nextFree = code.freeFrames;
  code.freeFrames = f;
  code.freeCount++;
}
