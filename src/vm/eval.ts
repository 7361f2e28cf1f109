/**
 * The eval loop: runs CPython 3.11 bytecode for one thread (see docs/internals/vm.md).
 *
 * run(thread, budget) executes until the budget of instructions is spent, the thread's entry
 * frame finishes, or (later) the thread blocks. The thread's frames are heap objects linked
 * through `back`; a call into Python pushes a frame and continues in this same loop, never
 * recursing on the JavaScript stack. Natives that need Python code are suspended generators
 * (NativeFrame) between the Python frames, resumed by the loop (suspension.md).
 *
 * The loop is a small state machine over the thread:
 *   EXEC   — run the top frame (a Python frame, or a native with a pending request)
 *   VALUE  — hand `t.value` to the top frame (the result of what it was waiting for)
 *   THROW  — raise `t.value` (an exception) in the top frame
 */
import { CodeFlags } from "../compiler/code.js";
import type { PyValue } from "../objects/core.js";
import {
  Ellipsis,
  InternalError,
  None,
  NotImplemented,
  PyObject,
  PyType,
  dictType,
  floatType,
  listType,
  methodType,
  tupleType,
  typeOf,
  typeType,
} from "../objects/core.js";
import { PyDict, fastKeyOf } from "../objects/dict.js";
import { E, PyBaseException, newException, runtimeError, typeError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { PyCell, PyFunction, PyMethod } from "../objects/function.js";
import { GenState, PyGenerator } from "../objects/generator.js";
import { intValue, typeName } from "../objects/helpers.js";
import { PyListIter, PyRangeIter, SyncIterator } from "../objects/iterators.js";
import { type PyStr, concatPieces, joinsLone } from "../objects/str-surrogate.js";
import { PyList, listAppended } from "../objects/list.js";
import { PySlice, PySuper } from "../objects/misc.js";
import { PyBuiltin, PyMethodDescr, genCall } from "../objects/native.js";
import type { NativeResumeFn } from "../objects/native.js";
import { arithFast, binaryOp, firstBinaryMethod, unaryOp } from "../objects/ops/arith.js";
import { superMethodFast } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import { EQ, NE, compareFast, richCompare } from "../objects/ops/compare.js";
import { isTrue, isTrueFast } from "../objects/ops/convert.js";
import { getIter, getIterFast, iterNext } from "../objects/ops/iter.js";
import { formatValueFast } from "../objects/ops/format.js";
import {
  contains,
  containsFast,
  delItem,
  delItemFast,
  RAISED,
  getItem,
  getItemFast,
  setItem,
  setItemFast,
  takeRaised,
} from "../objects/ops/subscript.js";
import { acceptFastRaise } from "../objects/raised.js";
import type { Gen, Request } from "../objects/suspend.js";
import { BlockRequest, CallRequest, ResumeRequest, STOP } from "../objects/suspend.js";
import { EMPTY_TUPLE, PyTuple } from "../objects/tuple.js";
import { bindArguments } from "./bind.js";
import { buildOps } from "./build-ops.js";
import { Frame, Resume, ReturnTo, frameFor, recycleFrame } from "./frame.js";
import { genOps } from "./gen-ops.js";
import { nameOps } from "./name-ops.js";
import { CACHE_UNITS } from "./opcode-numbers.generated.js";
import {
  cacheAt,
  fastInitCached,
  loadAttrCached,
  loadGlobalCached,
  loadMethodCached,
  propertyGetter,
  storeAttrCached,
} from "./inline-cache.js";
import { raiseOps } from "./raise-ops.js";
import { NativeFrame, type Thread } from "./thread.js";
import { stepTraced, traceThrow } from "./trace.js";
import { checkBudget, memoryLimit } from "../memory/budget.js";
import { jit, jitStats, warmUp } from "./jit/compile.js";
import { INTERPRET } from "./jit/slow.js";

export const enum Mode {
  EXEC = 0,
  VALUE = 1,
  THROW = 2,
  /** The top native yielded a BlockRequest (t.wait): the scheduler resumes it with VALUE/THROW. */
  BLOCKED = 3,
}

export const enum RunStatus {
  /** The entry frame finished (t.result or t.error is set). */
  DONE = 0,
  /** The instruction budget ran out; call run again to continue. */
  BUDGET = 1,
  /** The thread blocked (t.wait is set); the scheduler resumes it when the wait completes. */
  BLOCKED = 2,
}

/** Returned by execFrame: the loop must look at the thread's top again. */
const SWITCH = 0;
const OUT_OF_BUDGET = 1;
/** Returned by execFrame: the top frame's code was compiled at a backward jump; run it from there. */
const OSR = 4;

/** Runs the thread until it finishes or `budget` instructions have executed. */
export function run(t: Thread, budget: number): RunStatus {
  t.budget = budget;
  sliceBudget = budget;
  const memory = t.interp.memory;
  memory.enter();
  // --max-memory: the live objects are over budget: MemoryError at this instruction boundary.
  if (memoryLimit.bytes > 0 && t.mode === Mode.EXEC && t.top instanceof Frame) {
    const exc = checkBudget(t);
    if (exc !== null) {
      t.mode = Mode.THROW;
      t.value = exc;
    }
  }
  for (;;) {
    const top = t.top;
    if (top === null) return RunStatus.DONE;
    switch (t.mode) {
      case Mode.EXEC:
        if (top instanceof NativeFrame) {
          const req = top.pending;
          top.pending = null;
          if (req === null) throw new InternalError("native frame resumed without a request");
          startRequest(t, top, req);
          break;
        }
        if (t.traceOn) {
          if (stepTraced(t, top, budget--)) return RunStatus.BUDGET;
          break;
        }
        if (memory.observing) {
          if (stepObserved(t, top, budget--)) return RunStatus.BUDGET;
          break;
        }
        try {
          const r = runFrame(t, top);
          if (r === OUT_OF_BUDGET) {
            if (primeBudget < 0) return RunStatus.BUDGET;
            primeDone(t);
          }
        } catch (e) {
          t.mode = Mode.THROW;
          t.value = toException(t, e);
        }
        break;
      case Mode.VALUE: {
        const v = t.value as PyValue;
        if (top instanceof NativeFrame) stepNative(t, top, v, false);
        else deliverToFrame(t, top, v);
        break;
      }
      case Mode.THROW: {
        const exc = t.value as PyBaseException;
        if (top instanceof NativeFrame) stepNative(t, top, exc, true);
        else if (t.traceOn) traceThrow(t, top, exc);
        else raiseInFrame(t, top, exc);
        break;
      }
      case Mode.BLOCKED:
        return RunStatus.BLOCKED;
    }
    if (t.top === null) return RunStatus.DONE;
  }
}

/**
 * Runs Python frame f from its ip, in its compiled code or in the interpreter, following the
 * thread's top frame as it moves between the two (src/vm/jit/); execFrame's answer.
 */
function runFrame(t: Thread, f: Frame): number {
  const compiled = f.code.jit;
  let r = compiled !== null ? compiled(t, f, f.ip) : execFrame(t, f, f.ip);
  while (r === OSR || r === INTERPRET) {
    const top = t.top as Frame;
    r = r === OSR ? top.code.jit!(t, top, top.lasti) : execFrame(t, top, top.lasti);
  }
  return r;
}

/** How many Python calls may run nested in JavaScript calls (each takes a few JavaScript frames). */
const MAX_NESTED = 32;

/**
 * A Python frame was just pushed above `caller` (its registers stored, its ip at `next`) by
 * compiled code, or by the interpreter calling compiled code: runs the callee here, inside this
 * JavaScript call, instead of leaving to run() and entering the caller's code again through its
 * dispatch `switch` once the callee returns — what a call between compiled and interpreted code
 * used to cost (docs/internals/vm.md, "The compile tier"). The callee runs exactly as run()
 * would run it. Answers the caller's stack pointer when the callee simply returned its value to
 * the caller, which goes on at `next`; otherwise -1 - (execFrame's answer), for the caller to
 * hand back to run() through every caller nested in between. Nothing nests while run() must step
 * instruction by instruction (a trace hook, a death to observe), nor deeper than MAX_NESTED.
 */
export function runNested(t: Thread, caller: Frame, next: number): number {
  if (t.nested >= MAX_NESTED || t.traceOn || t.interp.memory.observing) return -1 - SWITCH;
  const callee = t.top as Frame;
  let r: number;
  jitStats.nested++;
  t.nested++;
  try {
    r = runFrame(t, callee);
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
    r = SWITCH;
  } finally {
    t.nested--;
  }
  if (r === SWITCH && t.top === caller && t.mode === Mode.EXEC && caller.ip === next) return caller.sp;
  return -1 - r;
}

/*
 * Priming execFrame's out-of-budget exit. V8 optimizes execFrame long before a program exhausts
 * its first slice (2^20 instructions), and code that has never run has no type feedback: the first
 * slice end then deoptimizes the whole loop, which takes V8 another compilation of it (most of a
 * second of CPU on a slow machine) to get back. So once execFrame has run a while, the exit runs
 * once, for real, at the RESUME that starts a frame (where a slice may end in either switch-point
 * mode; after a closure's MAKE_CELL and COPY_FREE_VARS): execFrame returns OUT_OF_BUDGET, and
 * run() puts the budget back and goes on. "A while" is counted in instructions: V8 gives a
 * function its feedback vector only after it has run about eight times its bytecode's length, and
 * an exit taken before that records nothing (priming at the 16th frame entry left the
 * deoptimization in nqueens and json_roundtrip; generators, pidigits and text_processing, whose
 * frames once they run are generators' or none, still take it).
 */
let primed = false;
/** Instructions run before priming. */
const PRIME_AFTER = 5_000;
/** The budget run() started the current slice with. */
let sliceBudget = 0;
/** The budget put aside while priming (-1: not priming). */
let primeBudget = -1;

/** The top frame's lasti to put back after the primed exit (null: the one execFrame stored). */
let primeLasti: number | null = null;

/**
 * At a frame's first instruction: the budget to run it with — just enough to reach its RESUME
 * (past a closure's MAKE_CELL and COPY_FREE_VARS) when priming now.
 */
function primeStart(t: Thread, f: Frame, budget: number): number {
  if (t.ticks + sliceBudget - budget < PRIME_AFTER) return budget;
  const co = f.code.bytes;
  let at = 0;
  let prefix = 0;
  for (; co[at * 2] !== 151 /* RESUME */; at++) {
    // A generator's frame begins with RETURN_GENERATOR: prime at another frame.
    if (co[at * 2] !== 135 /* MAKE_CELL */ && co[at * 2] !== 149 /* COPY_FREE_VARS */) return budget;
    prefix++;
  }
  // Not in execOne's one-instruction runs.
  if (budget <= prefix + 1) return budget;
  primed = true;
  // Nothing ran in the frame before its RESUME: it has no last instruction yet.
  primeLasti = prefix === 0 ? -1 : null;
  primeBudget = budget - prefix;
  return prefix;
}

/** The primed exit has run at the top frame's RESUME; the budget is as if it had not. */
function primeDone(t: Thread): void {
  if (primeLasti !== null) (t.top as Frame).lasti = primeLasti;
  t.budget = primeBudget;
  primeBudget = -1;
}

/**
 * One instruction of frame f while the memory manager observes deaths: first the finalizers
 * of objects the previous instruction freed (run as a native frame whose result is dropped,
 * so the frame continues with its next instruction, as CPython runs them inside the decref),
 * then the instruction. Returns true when the slice's budget is spent.
 */
function stepObserved(t: Thread, f: Frame, budget: number): boolean {
  if (runFinalizers(t, f)) return false;
  execOne(t, f, budget);
  // A call asked for the eval breaker (a signal, _thread.interrupt_main): the slice ends here,
  // as execFrame's would, so the handler runs at the next instruction.
  if (t.breakSlice) {
    t.breakSlice = false;
    return true;
  }
  return budget <= 1;
}

/**
 * Starts the finalizers of objects the previous instruction freed, above frame f (see
 * stepObserved). Returns true when the loop must look at the thread's top again.
 */
export function runFinalizers(t: Thread, f: Frame): boolean {
  const work = t.interp.memory.checkpoint(t);
  if (work === null) return false;
  let r: IteratorResult<Request, PyValue>;
  try {
    r = work.next();
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
    return true;
  }
  if (r.done) return false;
  f.resume = Resume.DISCARD;
  const nf = new NativeFrame(work);
  nf.back = f;
  nf.pending = r.value;
  t.top = nf;
  t.mode = Mode.EXEC;
  return true;
}

/** Runs exactly one instruction of f (tracing steps through frames this way, trace.ts). */
export function execOne(t: Thread, f: Frame, budget: number): void {
  const breakerOnly = t.breakerOnly;
  t.budget = 1;
  t.breakerOnly = false;
  try {
    execFrame(t, f, f.ip);
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
  }
  t.breakerOnly = breakerOnly;
  t.budget = budget;
}

/** Converts anything thrown by natives into a Python exception; engine bugs propagate. */
export function toException(t: Thread, e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const converted = t.interp.convertHostError(e);
  if (converted !== null) return converted;
  throw e;
}

/** Hands a value to a Python frame according to what its last instruction was waiting for. */
function deliverToFrame(t: Thread, f: Frame, v: PyValue): void {
  const kind = f.resume;
  f.resume = Resume.PUSH;
  t.mode = Mode.EXEC;
  switch (kind) {
    case Resume.PUSH:
      if (v === STOP) throw new InternalError("STOP delivered to a frame expecting a value");
      f.slots[f.sp++] = v;
      return;
    case Resume.DISCARD:
      return;
    case Resume.FOR_ITER:
      if (v === STOP) {
        f.slots[--f.sp] = null;
        f.ip = f.resumeArg;
      } else {
        f.slots[f.sp++] = v;
      }
      return;
    case Resume.POP_JUMP:
      if ((v as boolean) === f.resumeFlag) f.ip = f.resumeArg;
      return;
    case Resume.JUMP_OR_POP:
      if ((v as boolean) === f.resumeFlag) f.ip = f.resumeArg;
      else f.slots[--f.sp] = null;
      return;
    case Resume.SEND:
      if (v === STOP) {
        f.slots[f.sp - 1] = t.stopValue;
        t.stopValue = None;
        f.ip = f.resumeArg;
      } else {
        f.slots[f.sp++] = v;
      }
      return;
    case Resume.NEXT:
      if (v === STOP) {
        // gen_send_ex: StopIteration() for a None return value, else StopIteration(value).
        const sv = t.stopValue;
        t.stopValue = None;
        t.mode = Mode.THROW;
        t.value = sv === None ? newException(E.StopIteration) : newException(E.StopIteration, sv);
      } else {
        f.slots[f.sp++] = v;
      }
      return;
    case Resume.NEXT_OR_DEFAULT:
      if (v === STOP) t.stopValue = None;
      else f.slots[f.sp - 1] = v;
      return;
    case Resume.BINARY_OP:
      binaryOpReturned(t, f, v);
      return;
  }
}

/**
 * The operator method BINARY_OP ran as a frame returned `v`; the operands are the top two items
 * of f's stack. NotImplemented: the rest of binaryOp's protocol runs (the reflected method, the
 * sequence slots, the TypeError), as when the method is called from binaryOp itself.
 */
function binaryOpReturned(t: Thread, f: Frame, v: PyValue): void {
  const s = f.slots;
  const w = s[--f.sp]!;
  s[f.sp] = null;
  if (v !== NotImplemented) {
    s[f.sp - 1] = v;
    return;
  }
  const l = s[--f.sp]!;
  s[f.sp] = null;
  try {
    const r = runNative(t, f, f.lasti, binaryOp(t, l, w, f.code.bytes[f.lasti * 2 + 1]!, true), Resume.PUSH);
    if (r !== undefined) s[f.sp++] = r;
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
  }
}

/**
 * After an instruction left its frame with a value for the frame below (a yield, a new
 * generator): when that frame is a Python frame, hands the value to it as run() would, so the
 * loop can go on in it directly. False when run() must act (a native below, no frame, the
 * memory manager's step-by-step mode).
 */
function handOff(t: Thread): boolean {
  const top = t.top;
  // While the memory manager observes deaths (a generator just became watched, say), run()
  // steps instruction by instruction with its checkpoints: go back to it.
  if (t.mode !== Mode.VALUE || !(top instanceof Frame) || t.interp.memory.observing) return false;
  deliverToFrame(t, top, t.value as PyValue);
  // A finished generator's StopIteration is raised by run().
  return (t.mode as Mode) === Mode.EXEC;
}

/** Resumes a suspended native with a value or an exception and acts on what it does next. */
function stepNative(t: Thread, nf: NativeFrame, v: PyValue | PyBaseException, isThrow: boolean): void {
  let r: IteratorResult<Request, PyValue>;
  try {
    r = isThrow ? nf.gen.throw(v) : nf.gen.next(v as PyValue);
  } catch (e) {
    t.cDepth -= nf.cLevels;
    t.top = nf.back;
    t.mode = Mode.THROW;
    t.value = toException(t, e);
    return;
  }
  if (r.done) {
    t.cDepth -= nf.cLevels;
    t.top = nf.back;
    t.mode = Mode.VALUE;
    t.value = r.value;
    return;
  }
  startRequest(t, nf, r.value);
}

/**
 * Starts what a native asked for: pushes the Python frame of a call, or resumes a generator.
 * Requests answered at once (a generator function call, an exhausted generator) go straight back.
 */
function startRequest(t: Thread, nf: NativeFrame, req: Request): void {
  t.mode = Mode.EXEC;
  // A native running a module, class or exec body holds, while the body runs, its function and
  // its namespace: declared, so that deaths inside the body are found at its own boundaries.
  if (nf.holdsRequest) {
    nf.holds = null;
    nf.holdsRequest = false;
  }
  try {
    if (req instanceof CallRequest) {
      const fn = req.fn as PyFunction;
      if (req.locals !== null) {
        if (nf.holds === null) {
          const holds: PyObject[] = req.locals instanceof PyObject ? [fn, req.locals] : [fn];
          for (const v of req.alsoHeld) if (v instanceof PyObject) holds.push(v);
          nf.holds = holds;
          nf.holdsRequest = true;
        }
        pushFrame(t, new Frame(fn.code, fn.globals, fn.builtins, req.locals, fn), nf);
        return;
      }
      const nkw = req.kwnames?.length ?? 0;
      const frame = newFrameFor(t, fn, req.args, 0, req.args.length - nkw, req.kwnames);
      pushFrame(t, frame, nf);
      return;
    }
    if (req instanceof ResumeRequest) {
      nf.sink = req.sink;
      resumeGenerator(t, req.gen as PyGenerator, req.value, req.isThrow, nf);
      return;
    }
    if (req instanceof BlockRequest) {
      // The native stays on top of the stack; the scheduler answers it (threads.md).
      t.wait = req.wait;
      t.mode = Mode.BLOCKED;
      return;
    }
    throw new InternalError("unknown request");
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
  }
}

/** Creates the frame for calling a Python function (arguments bound). */
export function newFrameFor(
  t: Thread,
  fn: PyFunction,
  src: readonly (PyValue | null)[],
  start: number,
  npos: number,
  kwnames: readonly string[] | null,
): Frame {
  const frame = frameFor(fn);
  bindArguments(fn, frame.slots, src, start, npos, kwnames);
  void t;
  return frame;
}

/**
 * The frame for calling fn with the positional arguments src[start .. start + npos) when no
 * binding rules apply (initialize_locals' common case): no *args, **kwargs or keyword-only
 * parameters, and the right number of arguments, or fewer with defaults for the rest. The
 * arguments are copied straight into the new frame's locals. Null when the binder is needed.
 */
export function simpleFrame(
  fn: PyFunction,
  src: readonly (PyValue | null)[],
  start: number,
  npos: number,
): Frame | null {
  const code = fn.code;
  if (!code.simpleArgs) return null;
  const argc = code.argcount;
  if (npos === argc) {
    const frame = frameFor(fn);
    const fs = frame.slots;
    for (let i = 0; i < npos; i++) fs[i] = src[start + i]!;
    return frame;
  }
  const defaults = fn.defaults;
  if (npos > argc || defaults === null) return null;
  const d = defaults.items;
  const first = argc - d.length;
  if (npos < first) return null;
  const frame = frameFor(fn);
  const fs = frame.slots;
  for (let i = 0; i < npos; i++) fs[i] = src[start + i]!;
  for (let i = npos; i < argc; i++) fs[i] = d[i - first]!;
  return frame;
}

/** Pushes a Python frame above `back`, enforcing the recursion limit. */
export function pushFrame(t: Thread, frame: Frame, back: Frame | NativeFrame | null): void {
  if (t.depth + t.cDepth >= t.interp.recursionLimit) {
    throw newException(E.RecursionError, "maximum recursion depth exceeded");
  }
  t.depth++;
  frame.back = back;
  t.top = frame;
  t.mode = Mode.EXEC;
}

/** Pops the top Python frame after it returned or raised. */
function popFrame(t: Thread, f: Frame): void {
  t.depth--;
  t.cDepth -= f.cLevels;
  t.top = f.back;
  // A frame that was handed out keeps its caller as f_back (CPython's take_ownership gives the
  // caller a frame object as the callee's frame leaves): the caller is exposed too.
  if (f.exposed) void f.pyBack;
}

/**
 * Resumes a generator's frame on this thread above `back` (FOR_ITER, SEND or a native), sending
 * `value` or throwing it in. An exhausted generator answers STOP (or raises) at once.
 */
export function resumeGenerator(
  t: Thread,
  gen: PyGenerator,
  value: PyValue | PyBaseException,
  isThrow: boolean,
  back: Frame | NativeFrame,
): void {
  genOps.resume(t, gen, value, isThrow, back);
}

/** Raises `exc` at the current instruction of Python frame f: find a handler or leave the frame. */
export function raiseInFrame(t: Thread, f: Frame, exc: PyBaseException): void {
  if (exc.fresh) raiseOps.setContext(t, exc);
  if (t.reraise) t.reraise = false;
  else raiseOps.addTraceback(t, f, exc);
  f.resume = Resume.PUSH;
  const h = raiseOps.findHandler(f);
  if (h !== null) {
    const base = f.code.nlocalsplus + h.depth;
    for (let i = base; i < f.sp; i++) f.slots[i] = null;
    f.sp = base;
    if (h.lasti) f.slots[f.sp++] = f.lasti;
    f.slots[f.sp++] = exc;
    f.ip = h.target;
    t.mode = Mode.EXEC;
    return;
  }
  // No handler: the exception leaves this frame, its value stack emptied (as CPython's
  // exception_unwind pops it) so that what it held dies now.
  for (let i = f.code.nlocalsplus; i < f.sp; i++) f.slots[i] = null;
  f.sp = f.code.nlocalsplus;
  popFrame(t, f);
  let out = exc;
  if (f.gen !== null) out = genOps.exceptionLeaves(t, f.gen, exc);
  if (f.returnTo === ReturnTo.ENTRY) {
    t.finish(null, out);
    return;
  }
  t.mode = Mode.THROW;
  t.value = out;
}

/**
 * RETURN_VALUE of frame f (registers stored): in the common case hands `v` straight to the
 * calling Python frame and returns that frame, to run next; otherwise leaves it to run()
 * (frameReturned) and returns null.
 */
export function returnToCaller(t: Thread, f: Frame, v: PyValue): Frame | null {
  const back = f.back;
  if (
    f.gen === null &&
    back instanceof Frame &&
    back.resume === Resume.PUSH &&
    (f.returnTo === ReturnTo.PUSH || (f.returnTo === ReturnTo.INIT && v === None))
  ) {
    popFrame(t, f);
    back.slots[back.sp++] = f.returnTo === ReturnTo.PUSH ? v : f.initSelf!;
    recycleFrame(f);
    return back;
  }
  if (
    f.gen === null &&
    back instanceof Frame &&
    back.resume === Resume.BINARY_OP &&
    f.returnTo === ReturnTo.PUSH &&
    v !== NotImplemented
  ) {
    // An operator method's result replaces its two operands.
    popFrame(t, f);
    back.resume = Resume.PUSH;
    back.slots[--back.sp] = null;
    back.slots[back.sp - 1] = v;
    recycleFrame(f);
    return back;
  }
  frameReturned(t, f, v);
  return null;
}

/** A generator frame returned `v` (RETURN_VALUE) or the frame returned normally. */
function frameReturned(t: Thread, f: Frame, v: PyValue): void {
  popFrame(t, f);
  if (f.gen !== null) {
    genOps.finished(t, f.gen);
    t.stopValue = v;
    t.mode = Mode.VALUE;
    t.value = STOP;
    return;
  }
  switch (f.returnTo) {
    case ReturnTo.PUSH:
      t.mode = Mode.VALUE;
      t.value = v;
      return;
    case ReturnTo.ENTRY:
      t.finish(v, null);
      return;
    case ReturnTo.INIT:
      if (v !== None) {
        t.mode = Mode.THROW;
        t.value = typeError(`__init__() should return None, not '${typeName(v)}'`);
        return;
      }
      t.mode = Mode.VALUE;
      t.value = f.initSelf!;
      return;
  }
}

/**
 * A call of next(), generator.send or generator.__next__ whose native answers with the generator
 * to resume (NativeResumeFn): the arguments are popped, the default (if any) takes the result's
 * place, and the generator's frame is resumed above f, which takes the outcome as FOR_ITER takes
 * a generator's (deliverToFrame: Resume.NEXT, NEXT_OR_DEFAULT). False: call the native.
 */
function resumesDirectly(
  t: Thread,
  f: Frame,
  resume: NativeResumeFn,
  self: PyValue,
  s: (PyValue | null)[],
  first: number,
  n: number,
  end: number,
  kwnames: readonly string[] | null,
): boolean {
  const scratch = SCRATCH[n]!;
  for (let i = 0; i < n; i++) scratch[i] = s[first + i]!;
  const gen = resume(self, scratch, kwnames);
  for (let i = 0; i < n; i++) scratch[i] = None;
  if (gen === undefined) return false;
  const send = genCall.send;
  const otherwise = genCall.otherwise;
  genCall.send = None;
  genCall.otherwise = null;
  for (let i = f.sp; i < end; i++) s[i] = NULL;
  if (otherwise === null) f.resume = Resume.NEXT;
  else {
    s[f.sp++] = otherwise;
    f.resume = Resume.NEXT_OR_DEFAULT;
  }
  resumeGenerator(t, gen, send, false, f);
  return true;
}

/** Runs a native generator from an instruction; returns its value, or undefined if it suspended. */
export function runNative(
  t: Thread,
  f: Frame,
  lasti: number,
  g: Gen<PyValue>,
  kind: Resume,
  cLevels = 0,
): PyValue | undefined {
  const r = g.next();
  if (r.done) return r.value;
  f.resume = kind;
  f.lasti = lasti;
  const nf = new NativeFrame(g);
  nf.cLevels = cLevels;
  t.cDepth += cLevels;
  nf.back = f;
  nf.pending = r.value;
  t.top = nf;
  t.mode = Mode.EXEC;
  return undefined;
}

/**
 * CALL_FUNCTION_EX's native keeps the callable, the argument tuple and the keyword dict while
 * the call runs (CPython keeps them on the caller's stack until it returns). When what it asked
 * for is that very call (a Python function, or a bound method's), it keeps nothing else — the
 * arguments are the callee frame's — so it declares those three (NativeFrame.holds) and deaths
 * inside the callee are found at the callee's own boundaries.
 */
function holdCallEx(t: Thread, func: PyValue, callargs: PyValue, kwargs: PyValue | null): void {
  const nf = t.top;
  if (!(nf instanceof NativeFrame)) return;
  const req = nf.pending;
  if (!(req instanceof CallRequest) || req.locals !== null) return;
  if (req.fn !== func && !(func instanceof PyMethod && req.fn === func.func)) return;
  const holds: PyObject[] = [];
  for (const v of [func, callargs, kwargs]) if (v instanceof PyObject) holds.push(v);
  nf.holds = holds;
}

/**
 * CALL of a class whose instances the loop makes itself (fastInitCached): allocates the instance
 * into the callable's slot, just below the arguments, and makes the frame of its Python
 * `__init__`, which returns the instance (ReturnTo.INIT) and holds the level type_call counts
 * (_PyObject_MakeTpCall) while it runs.
 */
export function initFrame(
  t: Thread,
  cls: PyType,
  init: PyFunction,
  s: (PyValue | null)[],
  argStart: number,
  npos: number,
  kwnames: readonly string[] | null,
): Frame {
  if (t.depth + t.cDepth >= t.interp.recursionLimit) throw recursionError(CALLING);
  const obj = cls.alloc(cls);
  // BaseException.__new__ keeps the positional arguments as `args` (BaseException_new).
  if (obj instanceof PyBaseException)
    obj.args = npos === 0 ? EMPTY_TUPLE : new PyTuple(s.slice(argStart, argStart + npos) as PyValue[]);
  s[argStart - 1] = obj;
  const frame =
    (kwnames === null ? simpleFrame(init, s, argStart - 1, npos + 1) : null) ??
    newFrameFor(t, init, s, argStart - 1, npos + 1, kwnames);
  frame.returnTo = ReturnTo.INIT;
  frame.initSelf = obj;
  frame.cLevels = 1;
  return frame;
}

/**
 * CALL of anything but a Python function or a class the loop instantiates itself: builtins,
 * method descriptors with their receiver, built-in types' direct construction, and the general
 * protocol. The arguments are s[argStart .. end); the stack from f.sp to `end` is cleared.
 * Returns the result, or undefined when a native suspended (the frame waits for its value), a
 * generator was resumed, or a fast path raised (the thread is in THROW mode).
 */
export function callOther(
  t: Thread,
  f: Frame,
  callable: PyValue,
  isMeth: boolean,
  argStart: number,
  end: number,
  kwnames: readonly string[] | null,
  lasti: number,
): PyValue | undefined {
  const s = f.slots;
  let descrCall = false;
  if (callable instanceof PyMethodDescr && isMeth) {
    const rt = typeOf(s[argStart]!);
    descrCall = rt === callable.objclass || rt.isSubtype(callable.objclass);
  }
  const receiver = descrCall ? s[argStart]! : None;
  const first = descrCall ? argStart + 1 : argStart;
  if (callable instanceof PyBuiltin || descrCall) {
    const impl = (callable as PyBuiltin | PyMethodDescr).impl;
    const self = descrCall ? receiver : ((callable as PyBuiltin).self ?? None);
    const n = end - first;
    // A builtin call is a recursion level (cfunction_vectorcall_*).
    if (t.depth + t.cDepth >= t.interp.recursionLimit) {
      for (let i = f.sp; i < end; i++) s[i] = NULL;
      throw recursionError(CALLING);
    }
    if (impl.gen) {
      const resume = impl.resume;
      if (
        resume !== undefined &&
        n < SCRATCH.length &&
        resumesDirectly(t, f, resume, self, s, first, n, end, kwnames)
      )
        return undefined;
      const fast = impl.fast;
      if (fast !== undefined && n < SCRATCH.length) {
        // A fast path keeps nothing of its argument array (NativeFastFn): it gets a reused one.
        const scratch = SCRATCH[n]!;
        for (let i = 0; i < n; i++) scratch[i] = s[first + i]!;
        let r: PyValue | undefined;
        try {
          r = fast(t, self, scratch, kwnames);
        } catch (e) {
          for (let i = f.sp; i < end; i++) s[i] = NULL;
          throw e;
        } finally {
          for (let i = 0; i < n; i++) scratch[i] = None;
        }
        if (r !== undefined) {
          for (let i = f.sp; i < end; i++) s[i] = NULL;
          if (r === RAISED) {
            // The fast path raised (raised.ts): run() raises it in this frame, as a throw would.
            t.value = takeRaised();
            t.mode = Mode.THROW;
            return undefined;
          }
          return r;
        }
      }
    }
    const args = argsOf(s, first, n);
    for (let i = f.sp; i < end; i++) s[i] = NULL;
    if (!impl.gen) return impl.fn(t, self, args, kwnames);
    return runNative(t, f, lasti, impl.fn(t, self, args, kwnames), Resume.PUSH, 1);
  }
  const args = argsOf(s, first, end - first);
  for (let i = f.sp; i < end; i++) s[i] = NULL;
  if (typeof callable === "object" && callable.type === typeType && (callable as PyType).callFast !== null) {
    // A built-in type's common construction (str(1), int("5"), ...), done directly.
    const r = (callable as PyType).callFast!(t, callable as PyType, args, kwnames);
    if (r !== undefined) {
      if (r === RAISED) {
        // It raised (raised.ts): run() raises it in this frame, as for a native's fast path.
        t.value = takeRaised();
        t.mode = Mode.THROW;
        return undefined;
      }
      return r;
    }
  }
  return runNative(t, f, lasti, call(t, callable, args, kwnames), Resume.PUSH);
}

/**
 * Argument arrays for natives' fast paths, by argument count, reused from call to call (a fast
 * path runs no Python code, so no other call can start while one is in use).
 */
const SCRATCH: PyValue[][] = [[], [None], [None, None], [None, None, None]];

/** A fresh array of the n arguments at s[i ..]: literals for the common counts, which V8 allocates inline. */
function argsOf(s: (PyValue | null)[], i: number, n: number): PyValue[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [s[i]!];
    case 2:
      return [s[i]!, s[i + 1]!];
    case 3:
      return [s[i]!, s[i + 1]!, s[i + 2]!];
    default:
      return s.slice(i, i + n) as PyValue[];
  }
}

/**
 * The ZeroDivisionError of int `//`, `%` or `/` by zero (long_div, long_mod, long_true_divide
 * in 3.11's messages), made here so the loop raises it without a JavaScript throw; null for
 * other operators.
 */
export function intZeroDivision(op: number): PyBaseException | null {
  switch (op) {
    case NB_FLOOR_DIVIDE:
    case NB_INPLACE_FLOOR_DIVIDE:
      return newException(E.ZeroDivisionError, "integer division or modulo by zero");
    case NB_REMAINDER:
    case NB_INPLACE_REMAINDER:
      return newException(E.ZeroDivisionError, "integer modulo by zero");
    case NB_TRUE_DIVIDE:
    case NB_INPLACE_TRUE_DIVIDE:
      return newException(E.ZeroDivisionError, "division by zero");
    default:
      return null;
  }
}

// CALL takes a native fast path's RAISED answer (callOther), so fast paths may raise through it.
acceptFastRaise();

const NULL = null;
const MAX_SAFE_INT = Number.MAX_SAFE_INTEGER;
// BINARY_OP's operand numbers (NB_* in CPython's opcode.h) the loop handles inline.
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;
const NB_INPLACE_SUBTRACT = 23;
const NB_FLOOR_DIVIDE = 2;
const NB_REMAINDER = 6;
const NB_TRUE_DIVIDE = 11;
const NB_INPLACE_FLOOR_DIVIDE = 15;
const NB_INPLACE_REMAINDER = 19;
const NB_INPLACE_TRUE_DIVIDE = 24;
const NB_AND = 1;
const NB_LSHIFT = 3;
const NB_OR = 7;
const NB_RSHIFT = 9;
const NB_XOR = 12;
const TWO_52 = 2 ** 52;

/**
 * Executes instructions of frame f until it calls, returns, yields, suspends a native or runs
 * out of budget. Exceptions propagate to run() with f.lasti at the failing instruction.
 */
function execFrame(t: Thread, f: Frame, entryLasti: number): number {
  // A call of a Python function and a plain return to a Python caller switch frames here,
  // without going back through run(): `continue frames` reloads the frame's state.
  frames: for (let entered = false; ; entered = true) {
    const code = f.code;
    // A frame this loop switches to whose code is compiled (or warms up now) runs there: run()
    // enters it. The frame run() handed in runs here (execOne steps through compiled code so).
    if (jit.on && (f.ip === 0 && jit.atEntry ? warmUp(code) : code.jit !== null) && entered) {
      // A call from here runs nested; a return to compiled code goes back to run().
      const back = f.back;
      if (f.ip !== 0 || !(back instanceof Frame)) return SWITCH;
      const r = runNested(t, back, back.ip);
      if (r < 0) return -1 - r;
      f = back;
      continue;
    }
    const co = code.bytes;
    const consts = code.consts;
    const names = code.names;
    const s = f.slots;
    let sp = f.sp;
    let ip = f.ip;
    let lasti = entered ? ip : entryLasti;
    let budget = t.budget;
    if (!primed && ip === 0) budget = primeStart(t, f, budget);
    try {
      for (;;) {
        if (--budget < 0) {
          // In a helper: code that first runs after the loop was optimized deoptimizes it.
          if (sliceEnds(t, co, ip, lasti)) {
            f.ip = ip;
            f.sp = sp;
            f.lasti = lasti;
            return OUT_OF_BUDGET;
          }
          budget = 0;
        }
        lasti = ip;
        let op = co[ip * 2]!;
        let arg = co[ip * 2 + 1]!;
        ip++;
        while (op === 144 /* EXTENDED_ARG */) {
          op = co[ip * 2]!;
          arg = (arg << 8) | co[ip * 2 + 1]!;
          ip++;
        }
        switch (op) {
          case 9 /* NOP */:
          case 151 /* RESUME */:
          case 0 /* CACHE */:
            break;
          case 124 /* LOAD_FAST */: {
            const v = s[arg];
            if (v === null || v === undefined) throw nameOps.unboundLocal(code, arg);
            s[sp++] = v;
            break;
          }
          case 125 /* STORE_FAST */:
            s[arg] = s[--sp]!;
            s[sp] = NULL;
            break;
          case 100 /* LOAD_CONST */:
            s[sp++] = consts[arg]!;
            break;
          case 1 /* POP_TOP */:
            s[--sp] = NULL;
            break;
          case 2 /* PUSH_NULL */:
            s[sp++] = NULL;
            break;
          case 120 /* COPY */:
            s[sp] = s[sp - arg]!;
            sp++;
            break;
          case 99 /* SWAP */: {
            const a = s[sp - 1]!;
            s[sp - 1] = s[sp - arg]!;
            s[sp - arg] = a;
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const name = names[arg >> 1]!;
            const v = loadGlobalCached(cacheAt(code, lasti), f.globals, f.builtins, name);
            if (v === undefined) throw nameOps.notDefined(name);
            if (arg & 1) s[sp++] = NULL;
            s[sp++] = v;
            ip += 5;
            break;
          }
          case 149 /* COPY_FREE_VARS */: {
            const closure = f.func!.closure!.items;
            const offset = code.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) s[offset + i] = closure[i]!;
            break;
          }
          case 136 /* LOAD_CLOSURE */:
            s[sp++] = s[arg]!;
            break;
          case 137 /* LOAD_DEREF */: {
            const v = (s[arg] as PyCell).contents;
            if (v === null) throw nameOps.unboundDeref(code, arg);
            s[sp++] = v;
            break;
          }
          case 138 /* STORE_DEREF */:
            (s[arg] as PyCell).contents = s[--sp]!;
            s[sp] = NULL;
            break;
          case 122 /* BINARY_OP */: {
            const w = s[--sp]!;
            const v = s[sp - 1]!;
            s[sp] = NULL;
            ip += 1;
            if (typeof v === "number" && typeof w === "number") {
              // Small ints: +, - and * inline while the result stays a safe integer (int.ts keeps
              // ints as numbers only in that range; a product is never -0).
              let r: number;
              if (arg === NB_ADD || arg === NB_INPLACE_ADD) r = v + w;
              else if (arg === NB_SUBTRACT || arg === NB_INPLACE_SUBTRACT) r = v - w;
              else if (arg === NB_MULTIPLY || arg === NB_INPLACE_MULTIPLY) r = v * w + 0;
              else if (w === 0) {
                const exc = intZeroDivision(arg);
                if (exc !== null) {
                  f.lasti = lasti;
                  f.sp = sp;
                  f.ip = ip;
                  return raiseNow(t, exc);
                }
                r = NaN;
              } else r = smallIntOp(v, w, arg);
              if (r <= MAX_SAFE_INT && r >= -MAX_SAFE_INT) {
                s[sp - 1] = r;
                break;
              }
              const r2 = arithFast(v, w, arg);
              if (r2 !== undefined) {
                s[sp - 1] = r2;
                break;
              }
            } else {
              // A float with a float or a small int: + - * and / (by non-zero) inline, IEEE
              // results as float_add / float_sub / float_mul / float_div (floats have no in-place
              // forms; a small int converts exactly, as int.__float__ does for it).
              const vf = v instanceof PyFloat && v.type === floatType;
              const wf = w instanceof PyFloat && w.type === floatType;
              if ((vf || typeof v === "number") && (wf || typeof w === "number")) {
                const a = vf ? (v as PyFloat).value : (v as number);
                const b = wf ? (w as PyFloat).value : (w as number);
                const o = arg >= NB_INPLACE_ADD ? arg - NB_INPLACE_ADD : arg;
                if (
                  o === NB_ADD ||
                  o === NB_SUBTRACT ||
                  o === NB_MULTIPLY ||
                  (o === NB_TRUE_DIVIDE && b !== 0)
                ) {
                  s[sp - 1] = new PyFloat(
                    o === NB_ADD ? a + b : o === NB_SUBTRACT ? a - b : o === NB_MULTIPLY ? a * b : a / b,
                  );
                  break;
                }
              }
              const r = arithFast(v, w, arg);
              if (r !== undefined) {
                s[sp - 1] = r;
                break;
              }
            }
            const dunder = firstBinaryMethod(v, w, arg);
            if (dunder !== null) {
              // A Python operator method (Vec.__add__) runs as a frame, as CALL runs a function;
              // both operands stay on this stack until it returns (Resume.BINARY_OP).
              s[sp] = w;
              const frame = simpleFrame(dunder, s, sp - 1, 2);
              if (frame !== null) {
                f.ip = ip;
                f.sp = sp + 1;
                f.lasti = lasti;
                pushFrame(t, frame, f);
                f.resume = Resume.BINARY_OP;
                f = frame;
                continue frames;
              }
            }
            s[--sp] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, binaryOp(t, v, w, arg), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 107 /* COMPARE_OP */: {
            const w = s[--sp]!;
            const v = s[sp - 1]!;
            s[sp] = NULL;
            ip += 2;
            if (typeof v === "number" && typeof w === "number") {
              // Small ints (COMPARE_OP's oparg is the comparison: <, <=, ==, !=, >, >=).
              s[sp - 1] =
                arg === 0
                  ? v < w
                  : arg === 1
                    ? v <= w
                    : arg === 2
                      ? v === w
                      : arg === 3
                        ? v !== w
                        : arg === 4
                          ? v > w
                          : v >= w;
              break;
            }
            const fast = compareFast(v, w, arg);
            if (fast !== undefined) {
              s[sp - 1] = fast;
              break;
            }
            s[--sp] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, richCompare(t, v, w, arg), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 117 /* IS_OP */: {
            const w = s[--sp]!;
            const v = s[sp - 1]!;
            s[sp] = NULL;
            s[sp - 1] = (v === w) !== (arg === 1);
            break;
          }
          case 118 /* CONTAINS_OP */: {
            const container = s[--sp]!;
            const x = s[--sp]!;
            s[sp] = s[sp + 1] = NULL;
            const known = containsFast(container, x);
            if (known !== undefined) {
              s[sp++] = known !== (arg === 1);
              break;
            }
            f.ip = ip;
            f.sp = sp;
            const g = arg === 1 ? negate(contains(t, container, x)) : contains(t, container, x);
            const r = runNative(t, f, lasti, g, Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 110 /* JUMP_FORWARD */:
            ip += arg;
            break;
          case 140 /* JUMP_BACKWARD */:
          case 134 /* JUMP_BACKWARD_NO_INTERRUPT */:
            ip -= arg;
            if (jit.on && warmUp(code)) {
              // Compiled: the loop goes on in compiled code (on-stack replacement).
              f.ip = ip;
              f.sp = sp;
              f.lasti = lasti;
              return OSR;
            }
            break;
          case 114 /* POP_JUMP_FORWARD_IF_FALSE */:
          case 175 /* POP_JUMP_BACKWARD_IF_FALSE */:
          case 115 /* POP_JUMP_FORWARD_IF_TRUE */:
          case 176 /* POP_JUMP_BACKWARD_IF_TRUE */: {
            const v = s[--sp]!;
            s[sp] = NULL;
            let truth: boolean;
            if (v === true) truth = true;
            else if (v === false) truth = false;
            else {
              const fast = isTrueFast(v);
              if (fast !== undefined) truth = fast;
              else {
                f.ip = ip;
                f.sp = sp;
                const forward =
                  op === 114 /* POP_JUMP_FORWARD_IF_FALSE */ || op === 115; /* POP_JUMP_FORWARD_IF_TRUE */
                f.resumeArg = forward ? ip + arg : ip - arg;
                f.resumeFlag =
                  op === 115 /* POP_JUMP_FORWARD_IF_TRUE */ || op === 176; /* POP_JUMP_BACKWARD_IF_TRUE */
                const r = runNative(t, f, lasti, isTrue(t, v), Resume.POP_JUMP);
                if (r === undefined) return SWITCH;
                truth = r as boolean;
              }
            }
            const wantTrue =
              op === 115 /* POP_JUMP_FORWARD_IF_TRUE */ || op === 176; /* POP_JUMP_BACKWARD_IF_TRUE */
            if (truth === wantTrue) {
              if (op === 114 /* POP_JUMP_FORWARD_IF_FALSE */ || op === 115 /* POP_JUMP_FORWARD_IF_TRUE */)
                ip += arg;
              else ip -= arg;
            }
            break;
          }
          case 129 /* POP_JUMP_FORWARD_IF_NONE */:
          case 174 /* POP_JUMP_BACKWARD_IF_NONE */:
          case 128 /* POP_JUMP_FORWARD_IF_NOT_NONE */:
          case 173 /* POP_JUMP_BACKWARD_IF_NOT_NONE */: {
            const v = s[--sp]!;
            s[sp] = NULL;
            const isNone = v === None;
            const wantNone =
              op === 129 /* POP_JUMP_FORWARD_IF_NONE */ || op === 174; /* POP_JUMP_BACKWARD_IF_NONE */
            if (isNone === wantNone) {
              if (op === 129 /* POP_JUMP_FORWARD_IF_NONE */ || op === 128 /* POP_JUMP_FORWARD_IF_NOT_NONE */)
                ip += arg;
              else ip -= arg;
            }
            break;
          }
          case 68 /* GET_ITER */: {
            const v = s[sp - 1]!;
            const fast = getIterFast(v);
            if (fast !== undefined) {
              s[sp - 1] = fast;
              break;
            }
            s[--sp] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, getIter(t, v), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 93 /* FOR_ITER */: {
            const it = s[sp - 1]!;
            if (it instanceof PyRangeIter) {
              if (it.remaining > 0) {
                it.remaining--;
                s[sp++] = it.cur;
                it.cur += it.step;
              } else {
                s[--sp] = NULL;
                ip += arg;
              }
              break;
            }
            if (it instanceof PyListIter) {
              const l = it.list!;
              if (it.i < l.items.length) s[sp++] = l.items[it.i++]!;
              else {
                it.i = Infinity;
                s[--sp] = NULL;
                ip += arg;
              }
              break;
            }
            if (it instanceof SyncIterator) {
              const v = it.next();
              if (v !== STOP) s[sp++] = v;
              else {
                s[--sp] = NULL;
                ip += arg;
              }
              break;
            }
            f.ip = ip;
            f.sp = sp;
            f.resumeArg = ip + arg;
            if (it instanceof PyGenerator && it.kind === "generator") {
              f.resume = Resume.FOR_ITER;
              f.lasti = lasti;
              resumeGenerator(t, it, None, false, f);
              // The generator's frame runs next, in this loop (the budget carries over, as
              // it does for a call).
              const top = t.top;
              if (t.mode === Mode.EXEC && top instanceof Frame && !t.interp.memory.observing) {
                f = top;
                continue frames;
              }
              return SWITCH;
            }
            const r = runNative(t, f, lasti, iterNext(t, it), Resume.FOR_ITER);
            if (r === undefined) return SWITCH;
            if (r === STOP) {
              s[--sp] = NULL;
              ip += arg;
            } else s[sp++] = r;
            break;
          }

          // ---- subscripts and attributes ----
          case 25 /* BINARY_SUBSCR */: {
            const k = s[--sp]!;
            const v = s[sp - 1]!;
            s[sp] = NULL;
            ip += 4;
            const fast = getItemFast(v, k);
            if (fast !== undefined) {
              if (fast === RAISED) {
                f.lasti = lasti;
                f.sp = sp;
                f.ip = ip;
                return raiseNow(t, takeRaised());
              }
              s[sp - 1] = fast;
              break;
            }
            s[--sp] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, getItem(t, v, k), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const k = s[--sp]!;
            const container = s[--sp]!;
            const v = s[--sp]!;
            s[sp] = s[sp + 1] = s[sp + 2] = NULL;
            ip += 1;
            if (typeof container === "object") {
              const ct = container.type;
              if (ct === listType && typeof k === "number") {
                const items = (container as PyList).items;
                const i = k < 0 ? k + items.length : k;
                if (i >= 0 && i < items.length) {
                  items[i] = v;
                  break;
                }
              } else if (ct === dictType && (container as PyDict).allFast) {
                const fk = fastKeyOf(k);
                if (fk !== undefined) {
                  (container as PyDict).setFast(k, fk, v);
                  break;
                }
              }
            }

            if (setItemFast(container, k, v)) break;
            f.ip = ip;
            f.sp = sp;
            if (runNative(t, f, lasti, asValue(setItem(t, container, k, v)), Resume.DISCARD) === undefined)
              return SWITCH;
            break;
          }
          case 106 /* LOAD_ATTR */: {
            const obj = s[sp - 1]!;
            const name = names[arg]!;
            ip += 4;
            const ic = cacheAt(code, lasti);
            const fast = loadAttrCached(ic, obj, name);
            if (fast !== undefined) {
              s[sp - 1] = fast;
              break;
            }
            const getter = propertyGetter(ic, obj);
            const frame = getter === null ? null : simpleFrame(getter, s, sp - 1, 1);
            if (frame !== null) {
              // A property's Python getter runs as a frame whose result lands where obj was.
              s[--sp] = NULL;
              f.ip = ip;
              f.sp = sp;
              f.lasti = lasti;
              pushFrame(t, frame, f);
              f = frame;
              continue frames;
            }
            s[--sp] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, nameOps.getAttr(t, obj, name), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 160 /* LOAD_METHOD */: {
            const obj = s[sp - 1]!;
            const name = names[arg]!;
            ip += 10;
            const ic = cacheAt(code, lasti);
            const meth = loadMethodCached(ic, obj, name);
            if (meth !== undefined) {
              s[sp - 1] = meth;
              s[sp++] = obj;
              break;
            }
            if (obj instanceof PySuper) {
              // `super().name(...)`: the function and the instance, as for a method on the
              // instance's type, instead of a bound method made only to be called.
              const fn = superMethodFast(obj, name);
              if (fn !== undefined) {
                s[sp - 1] = fn;
                s[sp++] = obj.obj!;
                break;
              }
            }
            const fast = loadAttrCached(ic, obj, name);
            if (fast !== undefined) {
              s[sp - 1] = NULL;
              s[sp++] = fast;
              break;
            }
            const getter = propertyGetter(ic, obj);
            const frame = getter === null ? null : simpleFrame(getter, s, sp - 1, 1);
            if (frame !== null) {
              // [NULL, getter's result]: the plain-attribute layout of a method call.
              s[sp - 1] = NULL;
              f.ip = ip;
              f.sp = sp;
              f.lasti = lasti;
              pushFrame(t, frame, f);
              f = frame;
              continue frames;
            }
            s[sp - 1] = NULL;
            f.ip = ip;
            f.sp = sp;
            const r = runNative(t, f, lasti, nameOps.getAttr(t, obj, name), Resume.PUSH);
            if (r === undefined) return SWITCH;
            s[sp++] = r;
            break;
          }
          case 95 /* STORE_ATTR */: {
            const obj = s[--sp]!;
            const v = s[--sp]!;
            s[sp] = s[sp + 1] = NULL;
            ip += 4;
            if (storeAttrCached(cacheAt(code, lasti), obj, names[arg]!, v)) break;
            f.ip = ip;
            f.sp = sp;
            if (runNative(t, f, lasti, nameOps.setAttr(t, obj, names[arg]!, v), Resume.DISCARD) === undefined)
              return SWITCH;
            break;
          }
          case 166 /* PRECALL */: {
            ip += 1;
            // Unpack a bound method into [func, self] so CALL sees the method layout (as 3.11 does).
            const callableAt = sp - arg - 1;
            if (s[callableAt - 1] === null) {
              const c = s[callableAt];
              if (typeof c === "object" && c !== null && c.type === methodType) {
                s[callableAt - 1] = (c as PyMethod).func;
                s[callableAt] = (c as PyMethod).self;
              }
            }
            break;
          }
          case 172 /* KW_NAMES */:
            f.kwnames = (consts[arg] as PyTuple).items as string[];
            break;
          case 171 /* CALL */: {
            ip += 4;
            const kwnames = f.kwnames;
            f.kwnames = null;
            const isMeth = s[sp - arg - 2] !== null;
            const total = arg + (isMeth ? 1 : 0);
            const callable = s[sp - total - 1]!;
            const argStart = sp - total;
            const npos = total - (kwnames === null ? 0 : kwnames.length);
            if (callable instanceof PyFunction) {
              const frame =
                (kwnames === null ? simpleFrame(callable, s, argStart, npos) : null) ??
                newFrameFor(t, callable, s, argStart, npos, kwnames);
              for (let i = sp - arg - 2; i < sp; i++) s[i] = NULL;
              sp = sp - arg - 2;
              f.ip = ip;
              f.sp = sp;
              f.lasti = lasti;
              pushFrame(t, frame, f);
              f = frame;
              continue frames;
            }
            if (
              total === 0 &&
              typeof callable === "object" &&
              callable.type === typeType &&
              nameOps.isPlainNew(callable as PyType)
            ) {
              // `C()` of a class with object's __new__ and __init__: the instance, without
              // type_call's generators (object_new allocates, object_init checks no arguments).
              const obj = (callable as PyType).alloc(callable as PyType);
              if (t.interp.memory.observing) budget = 0;
              s[--sp] = NULL;
              s[sp - 1] = obj;
              break;
            }
            let init: PyFunction | null;
            if (
              typeof callable === "object" &&
              callable.type === typeType &&
              (init = fastInitCached(cacheAt(code, lasti), callable as PyType)) !== null
            ) {
              const frame = initFrame(t, callable as PyType, init, s, argStart, npos, kwnames);
              if (t.interp.memory.observing) budget = 0;
              for (let i = sp - arg - 2; i < sp; i++) s[i] = NULL;
              sp = sp - arg - 2;
              f.ip = ip;
              f.sp = sp;
              f.lasti = lasti;
              t.cDepth++;
              try {
                pushFrame(t, frame, f);
              } catch (e) {
                t.cDepth--;
                throw e;
              }
              f = frame;
              continue frames;
            }
            const end = sp;
            sp = sp - arg - 2;
            f.ip = ip;
            f.sp = sp;
            f.lasti = lasti;
            // Clock reads inside the native count the instructions run so far (threads.md).
            t.budget = budget;
            const result = callOther(t, f, callable, isMeth, argStart, end, kwnames, lasti);
            if (result === undefined) {
              // next() or send() resumed a generator's frame: it runs next, in this loop.
              const top = t.top;
              if (t.mode === Mode.EXEC && top instanceof Frame && top !== f && !t.interp.memory.observing) {
                f = top;
                continue frames;
              }
              return SWITCH;
            }
            s[sp++] = result;
            // The call made an object whose death is visible: leave the loop, so that the
            // next instructions run with the memory manager's checkpoints (stepObserved).
            // So does a call that asked for the eval breaker (a trace hook set, a signal).
            if (t.interp.memory.observing || t.breakSlice) {
              // Stepped one instruction at a time (stepObserved), the request is kept for the
              // step to see.
              if (!t.interp.memory.observing) t.breakSlice = false;
              budget = 0;
            }
            break;
          }
          case 83 /* RETURN_VALUE */: {
            const v = s[--sp]!;
            s[sp] = NULL;
            f.sp = sp;
            f.ip = ip;
            f.lasti = lasti;
            const back = returnToCaller(t, f, v);
            if (back === null) return SWITCH;
            f = back;
            continue frames;
          }

          // ---- building values ----
          case 102 /* BUILD_TUPLE */: {
            const items = takeTop(s, sp, arg);
            sp -= arg;
            s[sp++] = new PyTuple(items);
            break;
          }
          case 103 /* BUILD_LIST */: {
            const items = takeTop(s, sp, arg);
            sp -= arg;
            s[sp++] = new PyList(items);
            break;
          }
          case 145 /* LIST_APPEND */: {
            const v = s[--sp]!;
            s[sp] = NULL;
            const l = s[sp - arg] as PyList;
            l.items.push(v);
            if (l.items.length > l.allocated) listAppended(l);
            break;
          }
          case 82 /* LIST_TO_TUPLE */:
            s[sp - 1] = new PyTuple((s[sp - 1] as PyList).items);
            break;
          case 86 /* YIELD_VALUE */: {
            const v = s[--sp]!;
            s[sp] = NULL;
            const back = f.back;
            if (
              back instanceof NativeFrame &&
              back.sink !== null &&
              !t.interp.memory.observing &&
              back.sink(v)
            ) {
              // The native consuming this generator took the item (list(), sum(), ...): the
              // generator goes on as if resumed with None, its RESUME next, without leaving.
              s[sp++] = None;
              break;
            }
            f.ip = ip;
            f.sp = sp;
            f.lasti = lasti;
            genOps.yieldValue(t, f, v);
            if (handOff(t)) {
              f = t.top as Frame;
              continue frames;
            }
            return SWITCH;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            // An exact tuple or list of the right length inline; the rest in coldOp.
            const seq = s[sp - 1]!;
            if (typeof seq === "object" && (seq.type === tupleType || seq.type === listType)) {
              const items = (seq as PyTuple | PyList).items;
              if (items.length === arg) {
                s[--sp] = NULL;
                for (let i = arg - 1; i >= 0; i--) s[sp++] = items[i]!;
                break;
              }
            }
            f.ip = ip;
            f.sp = sp;
            f.lasti = lasti;
            const r = coldOp(t, f, op, arg, lasti);
            if (r !== CONTINUE) {
              if (r === NEW_FRAME) {
                f = t.top as Frame;
                continue frames;
              }
              return r;
            }
            sp = f.sp;
            ip = f.ip;
            break;
          }
          default: {
            // Rare instructions run in coldOp, outside this function: a smaller loop for V8 to
            // optimize, and no deoptimization here when one of them runs for the first time.
            f.ip = ip;
            f.sp = sp;
            f.lasti = lasti;
            const r = coldOp(t, f, op, arg, lasti);
            if (r !== CONTINUE) {
              if (r === NEW_FRAME) {
                f = t.top as Frame;
                continue frames;
              }
              return r;
            }
            sp = f.sp;
            ip = f.ip;
            break;
          }
        }
      }
    } catch (e) {
      // A native raised: run() raises it in this frame. Handing it over here instead of
      // rethrowing saves a second JavaScript throw.
      f.lasti = lasti;
      f.sp = sp;
      f.ip = ip;
      t.value = toException(t, e);
      t.mode = Mode.THROW;
      return SWITCH;
    } finally {
      t.budget = budget < 0 ? 0 : budget;
    }
  }
}

/**
 * An instruction's fast path raised exc (the frame's registers are stored): run() raises it in
 * the frame, as it does an exception a native threw, without a JavaScript throw.
 */
export function raiseNow(t: Thread, exc: PyBaseException): number {
  t.value = exc;
  t.mode = Mode.THROW;
  return SWITCH;
}

/** execFrame's answer when a rare instruction ran: go on with the frame's ip and sp. */
export const CONTINUE = 2;
/** execFrame's answer when a rare instruction switched to another Python frame (t.top). */
export const NEW_FRAME = 3;

/**
 * The instructions execFrame leaves out of its body (rare ones, or ones whose work is mostly a
 * call anyway): runs the instruction at `lasti` of frame f, whose ip, sp and lasti are stored,
 * and returns CONTINUE (f.ip and f.sp updated), NEW_FRAME or SWITCH.
 */
export function coldOp(t: Thread, f: Frame, op: number, arg: number, lasti: number): number {
  const code = f.code;
  const names = code.names;
  const s = f.slots;
  let sp = f.sp;
  let ip = f.ip;
  switch (op) {
    case 126 /* DELETE_FAST */:
      if (s[arg] === null) throw nameOps.unboundLocal(code, arg);
      s[arg] = NULL;
      break;
    case 97 /* STORE_GLOBAL */:
      f.globals.setStr(names[arg]!, s[--sp]!);
      s[sp] = NULL;
      break;
    case 98 /* DELETE_GLOBAL */:
      if (!f.globals.deleteStr(names[arg]!)) throw nameOps.notDefined(names[arg]!);
      break;
    case 101 /* LOAD_NAME */: {
      const locals = f.locals;
      if (locals instanceof PyDict && locals.type === dictType) {
        const name = names[arg]!;
        const v = locals.getStr(name) ?? f.globals.getStr(name) ?? f.builtins.getStr(name);
        if (v !== undefined) {
          s[sp++] = v;
          break;
        }
      }
      f.ip = ip;

      f.sp = sp;
      const v = runNative(t, f, lasti, nameOps.loadName(t, f, names[arg]!), Resume.PUSH);
      if (v === undefined) return SWITCH;
      s[sp++] = v;
      break;
    }
    case 90 /* STORE_NAME */: {
      const v = s[--sp]!;
      s[sp] = NULL;
      const locals = f.locals;
      if (locals instanceof PyDict && locals.type === dictType) {
        locals.setStr(names[arg]!, v);
        break;
      }
      f.ip = ip;
      f.sp = sp;
      if (runNative(t, f, lasti, nameOps.storeName(t, f, names[arg]!, v), Resume.DISCARD) === undefined)
        return SWITCH;
      break;
    }
    case 91 /* DELETE_NAME */: {
      f.ip = ip;
      f.sp = sp;
      if (runNative(t, f, lasti, nameOps.deleteName(t, f, names[arg]!), Resume.DISCARD) === undefined)
        return SWITCH;
      break;
    }
    case 148 /* LOAD_CLASSDEREF */: {
      f.ip = ip;
      f.sp = sp;
      const v = runNative(t, f, lasti, nameOps.loadClassDeref(t, f, arg), Resume.PUSH);
      if (v === undefined) return SWITCH;
      s[sp++] = v;
      break;
    }
    case 135 /* MAKE_CELL */:
      s[arg] = new PyCell(s[arg] ?? null);
      break;
    case 139 /* DELETE_DEREF */: {
      const cell = s[arg] as PyCell;
      if (cell.contents === null) throw nameOps.unboundDeref(code, arg);
      cell.contents = null;
      break;
    }

    // ---- arithmetic and comparison ----
    case 12 /* UNARY_NOT */: {
      const v = s[sp - 1]!;
      const fast = isTrueFast(v);
      if (fast !== undefined) {
        s[sp - 1] = !fast;
        break;
      }
      s[--sp] = NULL;
      f.ip = ip;
      f.sp = sp;
      const r = runNative(t, f, lasti, negate(isTrue(t, v)), Resume.PUSH);
      if (r === undefined) return SWITCH;
      s[sp++] = r;
      break;
    }
    case 11 /* UNARY_NEGATIVE */:
    case 10 /* UNARY_POSITIVE */:
    case 15 /* UNARY_INVERT */: {
      const v = s[sp - 1]!;
      if (typeof v === "number" && op !== 15 /* UNARY_INVERT */) {
        s[sp - 1] = op === 11 /* UNARY_NEGATIVE */ ? (v === 0 ? 0 : -v) : v;
        break;
      }
      if (v instanceof PyFloat && v.type === floatType && op !== 15 /* UNARY_INVERT */) {
        s[sp - 1] = op === 11 /* UNARY_NEGATIVE */ ? new PyFloat(-v.value) : v;
        break;
      }
      s[--sp] = NULL;
      f.ip = ip;
      f.sp = sp;
      const which =
        op === 11 /* UNARY_NEGATIVE */ ? "neg" : op === 10 /* UNARY_POSITIVE */ ? "pos" : "invert";
      const r = runNative(t, f, lasti, unaryOp(t, v, which), Resume.PUSH);
      if (r === undefined) return SWITCH;
      s[sp++] = r;
      break;
    }

    // ---- jumps ----
    case 111 /* JUMP_IF_FALSE_OR_POP */:
    case 112 /* JUMP_IF_TRUE_OR_POP */: {
      const v = s[sp - 1]!;
      let truth = isTrueFast(v);
      if (truth === undefined) {
        f.ip = ip;
        f.sp = sp;
        f.resumeArg = ip + arg;
        f.resumeFlag = op === 112; /* JUMP_IF_TRUE_OR_POP */
        const r = runNative(t, f, lasti, isTrue(t, v), Resume.JUMP_OR_POP);
        if (r === undefined) return SWITCH;
        truth = r as boolean;
      }
      if (truth === (op === 112) /* JUMP_IF_TRUE_OR_POP */) ip += arg;
      else s[--sp] = NULL;
      break;
    }

    // ---- iteration ----
    case 61 /* DELETE_SUBSCR */: {
      const k = s[--sp]!;
      const container = s[--sp]!;
      s[sp] = s[sp + 1] = NULL;
      f.ip = ip;
      f.sp = sp;
      if (delItemFast(container, k)) break;
      if (runNative(t, f, lasti, asValue(delItem(t, container, k)), Resume.DISCARD) === undefined)
        return SWITCH;
      break;
    }
    case 96 /* DELETE_ATTR */: {
      const obj = s[--sp]!;
      s[sp] = NULL;
      f.ip = ip;
      f.sp = sp;
      if (runNative(t, f, lasti, nameOps.setAttr(t, obj, names[arg]!, null), Resume.DISCARD) === undefined)
        return SWITCH;
      break;
    }

    // ---- calls ----
    case 142 /* CALL_FUNCTION_EX */: {
      const kwargs = arg & 1 ? s[--sp]! : null;
      const callargs = s[--sp]!;
      const func = s[--sp]!;
      s[--sp] = NULL;
      s[sp + 1] = s[sp + 2] = s[sp + 3] = NULL;
      f.ip = ip;
      f.sp = sp;
      f.lasti = lasti;
      const r = runNative(t, f, lasti, buildOps.callEx(t, func, callargs, kwargs), Resume.PUSH);
      if (r === undefined) {
        holdCallEx(t, func, callargs, kwargs);
        return SWITCH;
      }
      s[sp++] = r;
      break;
    }
    case 132 /* MAKE_FUNCTION */: {
      const fcode = s[--sp] as unknown as import("../objects/code.js").PyCode;
      const fn = new PyFunction(fcode, f.globals, f.builtins);
      if (arg & 0x08) fn.closure = s[--sp] as PyTuple;
      if (arg & 0x04) fn.annotations = s[--sp]!;
      if (arg & 0x02) fn.kwdefaults = s[--sp] as PyDict;
      if (arg & 0x01) fn.defaults = s[--sp] as PyTuple;
      s[sp] = s[sp + 1] = s[sp + 2] = s[sp + 3] = s[sp + 4] = NULL;
      s[sp++] = fn;
      break;
    }
    case 133 /* BUILD_SLICE */: {
      const step = arg === 3 ? s[--sp]! : None;
      const stop = s[--sp]!;
      const start = s[--sp]!;
      s[sp] = s[sp + 1] = s[sp + 2] = NULL;
      s[sp++] = new PySlice(start, stop, step);
      break;
    }
    case 157 /* BUILD_STRING */: {
      let str: PyStr = "";
      for (let i = sp - arg; i < sp; i++) {
        const piece = s[i]!;
        if (typeof piece !== "string" || joinsLone(str, piece)) {
          // A boxed piece, or two pieces meeting at a lone high and a lone low surrogate.
          str = concatPieces(s as PyValue[], sp - arg, sp);
          break;
        }
        str += piece;
      }
      for (let i = sp - arg; i < sp; i++) s[i] = NULL;
      sp -= arg;
      s[sp++] = str;
      break;
    }
    case 105 /* BUILD_MAP */:
    case 156 /* BUILD_CONST_KEY_MAP */:
    case 104 /* BUILD_SET */:
    case 162 /* LIST_EXTEND */:
    case 163 /* SET_UPDATE */:
    case 146 /* SET_ADD */:
    case 147 /* MAP_ADD */:
    case 165 /* DICT_UPDATE */:
    case 164 /* DICT_MERGE */:
    case 155 /* FORMAT_VALUE */:
    case 92 /* UNPACK_SEQUENCE */:
    case 94 /* UNPACK_EX */:
    case 30 /* GET_LEN */:
    case 31 /* MATCH_MAPPING */:
    case 32 /* MATCH_SEQUENCE */:
    case 33 /* MATCH_KEYS */:
    case 152 /* MATCH_CLASS */:
    case 70 /* PRINT_EXPR */:
    case 85 /* SETUP_ANNOTATIONS */:
    case 108 /* IMPORT_NAME */:
    case 109 /* IMPORT_FROM */:
    case 84 /* IMPORT_STAR */:
    case 71 /* LOAD_BUILD_CLASS */:
    case 53 /* BEFORE_WITH */:
    case 52 /* BEFORE_ASYNC_WITH */:
    case 49 /* WITH_EXCEPT_START */:
    case 131 /* GET_AWAITABLE */:
    case 50 /* GET_AITER */:
    case 51 /* GET_ANEXT */:
    case 54 /* END_ASYNC_FOR */:
    case 87 /* ASYNC_GEN_WRAP */:
    case 69 /* GET_YIELD_FROM_ITER */:
    case 37 /* CHECK_EG_MATCH */:
    case 88 /* PREP_RERAISE_STAR */: {
      if (op === 92 /* UNPACK_SEQUENCE */) {
        // An exact tuple or list of the right length: no generator.
        const seq = s[sp - 1]!;
        if (typeof seq === "object" && (seq.type === tupleType || seq.type === listType)) {
          const items = (seq as PyTuple | PyList).items;
          if (items.length === arg) {
            s[--sp] = NULL;
            for (let i = arg - 1; i >= 0; i--) s[sp++] = items[i]!;
            break;
          }
        }
      } else if (op === 155 /* FORMAT_VALUE */ && (arg & 3) === 0) {
        // str, int, bool and float formatting runs no Python code: no generator.
        const hasSpec = (arg & 4) === 4;
        const spec = hasSpec ? s[sp - 1]! : "";
        const text =
          typeof spec === "string" ? formatValueFast(t, s[sp - (hasSpec ? 2 : 1)]!, spec) : undefined;
        if (text !== undefined) {
          if (hasSpec) s[--sp] = NULL;
          s[sp - 1] = text;
          break;
        }
      }
      // Less frequent instructions: a native generator over the frame's stack.
      f.ip = ip + CACHE_UNITS[op]!;
      f.sp = sp;
      f.lasti = lasti;
      if (buildOps.execSync(f, op, arg)) {
        // Done without the generator (no Python code could run: build-ops.ts).
        sp = f.sp;
        ip = f.ip;
        break;
      }
      if (op === 53 /* BEFORE_WITH */ || op === 49 /* WITH_EXCEPT_START */) {
        // A Python __enter__/__exit__ runs as a frame right above this one (build-ops.ts).
        const callee = buildOps.withFrame(f, op);
        if (callee !== null) {
          f.resume = Resume.PUSH;
          pushFrame(t, callee, f);
          return SWITCH;
        }
      }
      const g = buildOps.exec(t, f, op, arg);
      const r = runNative(t, f, lasti, g, Resume.DISCARD);
      if (r === undefined) {
        return SWITCH;
      }
      sp = f.sp;
      ip = f.ip;
      break;
    }
    case 74 /* LOAD_ASSERTION_ERROR */:
      s[sp++] = E.AssertionError;
      break;

    // ---- exceptions ----
    case 130 /* RAISE_VARARGS */: {
      const cause = arg === 2 ? s[--sp]! : null;
      let exc = arg >= 1 ? s[--sp]! : null;
      s[sp] = s[sp + 1] = NULL;
      if (exc instanceof PyType && exc.callFast !== null && exc.isSubtype(E.BaseException)) {
        // `raise Class`: an exception class whose __new__ and __init__ are BaseException's is
        // instantiated by its callFast (exceptionCallFast), as raiseGen's call would.
        const made = exc.callFast(t, exc, [], null);
        if (made instanceof PyBaseException) exc = made;
      }
      f.ip = ip;
      f.sp = sp;
      if (exc === null && cause === null) {
        // Bare `raise`: re-raises the exception being handled, its traceback unchanged, as
        // raiseGen would but without a JavaScript throw.
        const active = t.handledException();
        if (active !== null) {
          f.lasti = lasti;
          t.reraise = true;
          t.mode = Mode.THROW;
          t.value = active;
          return SWITCH;
        }
      }
      if (
        exc instanceof PyBaseException &&
        (cause === null || cause === None || cause instanceof PyBaseException)
      ) {
        // `raise instance` and `raise instance from instance/None`: what raiseGen would do,
        // without a JavaScript throw (each costs microseconds in V8); run() raises it in this
        // frame (Mode.THROW).
        if (cause !== null) {
          exc.cause = cause === None ? null : (cause as PyBaseException);
          exc.suppressContext = true;
        }
        exc.fresh = true;
        f.lasti = lasti;
        t.mode = Mode.THROW;
        t.value = exc;
        return SWITCH;
      }
      // Always throws, possibly after running an exception class's Python __init__.
      runNative(t, f, lasti, raiseOps.raiseGen(t, exc, cause), Resume.PUSH);
      return SWITCH;
    }
    case 119 /* RERAISE */: {
      const exc = s[--sp] as PyBaseException;
      s[sp] = NULL;
      f.sp = sp;
      f.ip = ip;
      // The handler is looked up from this instruction; tracebacks and f_lineno see the
      // restored one (exception_unwind uses INSTR_OFFSET, not frame->prev_instr).
      f.excAt = lasti;
      f.lasti = arg ? (s[sp - arg] as number) : lasti;
      t.reraise = true;
      // Raised by run() (Mode.THROW), not thrown: a JavaScript throw costs microseconds.
      t.mode = Mode.THROW;
      t.value = exc;
      return SWITCH;
    }
    case 35 /* PUSH_EXC_INFO */: {
      const v = s[sp - 1]! as PyBaseException;
      const prev = t.excInfo.value;
      s[sp - 1] = prev ?? None;
      s[sp++] = v;
      t.excInfo.value = v;
      break;
    }
    case 89 /* POP_EXCEPT */: {
      const v = s[--sp]!;
      s[sp] = NULL;
      t.excInfo.value = v === None ? null : (v as PyBaseException);
      break;
    }
    case 36 /* CHECK_EXC_MATCH */: {
      const right = s[--sp]!;
      s[sp] = NULL;
      const left = s[sp - 1]!;
      s[sp++] = raiseOps.exceptionMatches(left, right);
      break;
    }

    // ---- generators ----
    case 75 /* RETURN_GENERATOR */: {
      f.ip = ip;
      f.sp = sp;
      f.lasti = lasti;
      genOps.returnGenerator(t, f);
      if (handOff(t)) {
        return NEW_FRAME;
      }
      return SWITCH;
    }
    case 123 /* SEND */: {
      f.ip = ip;
      f.sp = sp;
      f.lasti = lasti;
      f.resumeArg = ip + arg;
      if (genOps.send(t, f)) return SWITCH;
      sp = f.sp;
      ip = f.ip;
      break;
    }
    default:
      throw new InternalError(`unknown opcode ${op} at ${lasti} in ${code.qualname}`);
  }
  f.sp = sp;
  f.ip = ip;
  return CONTINUE;
}

/**
 * The top `n` values of a frame's stack as a new array, their slots cleared (BUILD_TUPLE,
 * BUILD_LIST). Built item by item rather than by `slice`: most are a few items long, where
 * Array.prototype.slice's call costs more than the copy (a two-item list loop: 12% of its time).
 */
function takeTop(s: (PyValue | null)[], sp: number, n: number): PyValue[] {
  const from = sp - n;
  let items: PyValue[];
  switch (n) {
    case 1:
      items = [s[from]!];
      break;
    case 2:
      items = [s[from]!, s[from + 1]!];
      break;
    case 3:
      items = [s[from]!, s[from + 1]!, s[from + 2]!];
      break;
    default:
      items = [];
      for (let i = from; i < sp; i++) items.push(s[i]!);
  }
  for (let i = from; i < sp; i++) s[i] = NULL;
  return items;
}

/**
 * `%`, `//`, `&`, `|`, `^`, `<<` and `>>` of two small ints (numbers; the divisor is not 0),
 * as int.ts computes them, or NaN where JavaScript's operators would not give Python's result
 * exactly (operands beyond 2**52 for the divisions, beyond 32 bits for the bitwise operators,
 * a negative or large shift): BINARY_OP then goes to arithFast.
 */
function smallIntOp(v: number, w: number, op: number): number {
  const o = op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op;
  switch (o) {
    case NB_REMAINDER:
    case NB_FLOOR_DIVIDE: {
      if (v > TWO_52 || v < -TWO_52 || w > TWO_52 || w < -TWO_52) return NaN;
      // The remainder takes the divisor's sign (long_divmod); v - m is then an exact multiple
      // of w, so the division is exact. `+ 0` turns -0 into the int 0.
      let m = v % w;
      if (m !== 0 && m < 0 !== w < 0) m += w;
      return o === NB_REMAINDER ? m + 0 : (v - m) / w + 0;
    }
    case NB_AND:
    case NB_OR:
    case NB_XOR:
      // Two's complement on 32 bits agrees with Python's infinite one for 32-bit operands.
      if ((v | 0) !== v || (w | 0) !== w) return NaN;
      return o === NB_AND ? v & w : o === NB_OR ? v | w : v ^ w;
    case NB_RSHIFT:
      if ((v | 0) !== v || w < 0) return NaN;
      return w > 31 ? (v < 0 ? -1 : 0) : v >> w;
    case NB_LSHIFT:
      // A product by a power of two is exact; the caller keeps it only in the safe range.
      return w < 0 || w > 53 ? NaN : v * 2 ** w;
    default:
      return NaN;
  }
}

/**
 * The budget ran out before the instruction at `ip`: does the slice end here? Not in
 * switch-point mode between two eval-breaker points: the loop runs on to the next one.
 */
function sliceEnds(t: Thread, co: Uint8Array, ip: number, lasti: number): boolean {
  return !t.breakerOnly || atEvalBreaker(co, ip, lasti);
}

/**
 * Is the instruction about to run at `ip` (after the one at `lasti`) a point where CPython
 * 3.11's eval loop checks its eval breaker (CHECK_EVAL_BREAKER in Python/ceval.c): on RESUME
 * (function entry, after a yield), after a backward jump, and after a call that did not push a
 * Python frame. `lasti === ip` means the frame was just (re)entered.
 */
function atEvalBreaker(co: Uint8Array, ip: number, lasti: number): boolean {
  // RESUME checks for oparg 0 (function start) and 1 (after a yield), not after yield from / await.
  if (co[ip * 2] === 151 /* RESUME */) return co[ip * 2 + 1]! < 2;
  if (lasti === ip) return false;
  let at = lasti;
  while (co[at * 2] === 144 /* EXTENDED_ARG */) at++;
  switch (co[at * 2]) {
    case 140 /* JUMP_BACKWARD */:
    case 171 /* CALL */:
    case 142 /* CALL_FUNCTION_EX */:
      return true;
    case 175 /* POP_JUMP_BACKWARD_IF_FALSE */:
    case 176 /* POP_JUMP_BACKWARD_IF_TRUE */:
    case 173 /* POP_JUMP_BACKWARD_IF_NOT_NONE */:
    case 174 /* POP_JUMP_BACKWARD_IF_NONE */:
      // Only when the jump was taken.
      return ip <= at;
    default:
      return false;
  }
}

const CALLING = " while calling a Python object";

function recursionError(where: string): PyBaseException {
  return newException(E.RecursionError, `maximum recursion depth exceeded${where}`);
}

export function* asValue(g: Gen<void>): Gen<PyValue> {
  yield* g;
  return None;
}

export function* negate(g: Gen<boolean>): Gen<PyValue> {
  return !(yield* g);
}

export { EQ, Ellipsis, NE, NotImplemented, PyObject, runtimeError, intValue, GenState, CodeFlags };
