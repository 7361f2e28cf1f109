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
  /** f_trace & co. (trace.ts), made on first use. */
  tr: FrameTrace | null = null;

  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The locals mapping of module, class and exec frames (LOAD_NAME & co.), else null. */
    public locals: PyValue | null,
    readonly func: PyFunction | null,
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

  /** The calling Python frame (f_back), skipping suspended natives. */
  get pyBack(): Frame | null {
    let f = this.back;
    while (f !== null && !(f instanceof Frame)) f = f.back;
    return f;
  }
}
