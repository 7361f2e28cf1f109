/**
 * sys.settrace / sys.setprofile: the events of CPython 3.11's tracing (Python/ceval.c,
 * DO_TRACING, maybe_call_line_trace, call_exc_trace, C_TRACE; Python/sysmodule.c,
 * trace_trampoline and profile_trampoline). See docs/internals/tracing-and-signals.md.
 *
 * Cost when no hook is set: the eval loop reads `thread.traceOn` once per slice entry and once
 * after a builtin call. When a hook is set, the loop runs the thread's frames one instruction at
 * a time through stepTraced (as it does while the memory manager observes deaths): the events
 * due before the instruction are fired first, as calls of the hook on this same thread (a
 * NativeFrame above the traced frame), then the instruction runs.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, builtinFunctionType, methodDescriptorType, typeOf } from "../objects/core.js";
import { findHandler as findInTable } from "../objects/code-tables.js";
import { E, type PyBaseException, newException } from "../objects/exceptions.js";
import { PyGenerator } from "../objects/generator.js";
import { PyBuiltin, PyMethodDescr } from "../objects/native.js";
import { call } from "../objects/ops/call.js";
import type { Gen, Request } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { Mode, execOne, raiseInFrame, runFinalizers, toException } from "./eval.js";
import { Frame, Resume } from "./frame.js";
import { raiseOps } from "./raise-ops.js";
import { NativeFrame, type Thread } from "./thread.js";

const RESUME = 151;
const EXTENDED_ARG = 144;
const RETURN_VALUE = 83;
const YIELD_VALUE = 86;
const SEND = 123;
const CALL = 171;
const CALL_FUNCTION_EX = 142;
const FOR_ITER = 93;

/** A thread's hooks (tstate->c_tracefunc / c_profilefunc and tstate->tracing). */
export class TraceHooks {
  tracefunc: PyValue | null = null;
  profilefunc: PyValue | null = null;
  /** A hook is running: nothing is traced (PyThreadState_EnterTracing). */
  tracing = false;
  /** The exception whose 'exception'/'return' events ran; raise it now without new events. */
  pendingExc: PyBaseException | null = null;
  /** Counts setHook calls: a frame's remembered previous instruction is valid within one. */
  session = 0;
}

/** A frame's tracing state (f_trace, f_trace_lines, f_trace_opcodes), made on first use. */
export class FrameTrace {
  fTrace: PyValue | null = null;
  lines = true;
  opcodes = false;
  /** The events before the instruction at this unit have been fired: run it. */
  firedAt = -1;
  /** A C function called by the last instruction: c_return / c_exception is due. */
  cFunc: PyValue | null = null;
  /** The instruction this frame ran last under tracing (instr_prev), in hook session `session`. */
  prev = -1;
  session = -1;
  /** The iterator of the FOR_ITER / SEND at `prev`, to report its StopIteration. */
  iter: PyValue | null = null;
  sendNone = true;
  iterAt = -1;
}

export function frameTrace(f: Frame): FrameTrace {
  return (f.tr ??= new FrameTrace());
}

export function hooksOf(t: Thread): TraceHooks {
  return (t.trace ??= new TraceHooks());
}

/** Recomputes t.traceOn (the one flag the eval loop reads). */
export function refreshTraceOn(t: Thread): void {
  const h = t.trace;
  t.traceOn = h !== null && !h.tracing && (h.tracefunc !== null || h.profilefunc !== null);
}

/** sys.settrace(func) / sys.setprofile(func) on the calling thread. */
export function setHook(t: Thread, which: "trace" | "profile", fn: PyValue): void {
  const h = hooksOf(t);
  const v = fn === None ? null : fn;
  h.session++;
  if (which === "trace") h.tracefunc = v;
  else h.profilefunc = v;
  const caller = t.frame;
  // No c_return is due to a profile function that is gone.
  if (h.profilefunc === null && caller !== null && caller.tr !== null) caller.tr.cFunc = null;
  refreshTraceOn(t);
  // The loop must leave its fast path now, so the next instruction is already stepped.
  t.breakSlice = true;
}

/** The first traceable instruction: the first RESUME (code->_co_firsttraceable). */
function firstTraceable(co: Uint8Array): number {
  for (let i = 0; i < co.length >> 1; i++) if (co[i * 2] === RESUME) return i;
  return 0;
}

const firstCache = new WeakMap<Uint8Array, number>();
function firstOf(co: Uint8Array): number {
  let n = firstCache.get(co);
  if (n === undefined) {
    n = firstTraceable(co);
    firstCache.set(co, n);
  }
  return n;
}

const enum To {
  TRACE = 0,
  PROFILE = 1,
}

interface Event {
  readonly to: To;
  readonly kind: string;
  readonly arg: PyValue;
  /** The instruction whose line f_lineno shows (default: the one about to run). */
  readonly at?: number;
}

/**
 * The StopIteration CPython 3.11 has set when the FOR_ITER / SEND at `prev` found its iterator
 * exhausted (reported to the trace function by call_exc_trace), or null when it had none: a
 * generator sets it only for a return value other than None, or when sent a value; an iterator
 * written in Python raised it; builtin iterators end without one.
 */
function exhaustedWith(t: Thread, f: Frame, ftr: FrameTrace, op: number): PyBaseException | null {
  const it = ftr.iter!;
  if (it instanceof PyGenerator) {
    const value = op === SEND ? f.slots[f.sp - 1]! : t.stopValue;
    // A coroutine is no iterator (no tp_iternext): SEND calls its send(), which always raises.
    if (op === SEND && (!ftr.sendNone || it.kind !== "generator")) {
      return newException(E.StopIteration, ...(value === None ? [] : [value]));
    }
    return value === None ? null : newException(E.StopIteration, value);
  }
  if (it instanceof PyObject && it.type.isHeapType) return newException(E.StopIteration);
  return null;
}

/** The builtin a CALL / CALL_FUNCTION_EX at `ip` calls, when C_TRACE reports it (else null). */
function cCallee(f: Frame, op: number, arg: number): PyValue | null {
  const s = f.slots;
  const sp = f.sp;
  if (op === CALL) {
    const isMeth = s[sp - arg - 2] !== null;
    const total = arg + (isMeth ? 1 : 0);
    const callable = s[sp - total - 1];
    if (callable instanceof PyBuiltin && callable.type === builtinFunctionType) return callable;
    // trace_call_function: a method descriptor with a receiver is reported bound to it.
    if (callable instanceof PyMethodDescr && callable.type === methodDescriptorType && total > 0) {
      const self = s[sp - total]!;
      return new PyBuiltin(callable.impl, self, typeOf(self));
    }
    return null;
  }
  const func = s[sp - 2 - (arg & 1)];
  return func instanceof PyBuiltin && func.type === builtinFunctionType ? func : null;
}

/**
 * Runs the events due before the next instruction of f (when not fired yet), then the
 * instruction. Returns true when the slice's budget is spent.
 */
export function stepTraced(t: Thread, f: Frame, budget: number): boolean {
  if (t.interp.memory.observing && runFinalizers(t, f)) return false;
  const h = t.trace!;
  const ftr = frameTrace(f);
  const co = f.code.bytes;
  const ip = f.ip;
  let at = ip;
  while (co[at * 2] === EXTENDED_ARG) at++;
  const op = co[at * 2]!;
  let oparg = 0;
  for (let i = ip; i <= at; i++) oparg = (oparg << 8) | co[i * 2 + 1]!;
  let callee: PyValue | null = null;
  if ((op === CALL || op === CALL_FUNCTION_EX) && h.profilefunc !== null) callee = cCallee(f, op, oparg);
  if (ftr.firedAt !== ip) {
    const events: Event[] = [];
    const prev = ftr.session === h.session ? ftr.prev : f.lasti;
    if (ftr.iter !== null) {
      const pop = co[ftr.iterAt * 2]!;
      if (ip !== ftr.iterAt + 1 && h.tracefunc !== null) {
        const stop = exhaustedWith(t, f, ftr, pop);
        if (stop !== null) {
          events.push({
            to: To.TRACE,
            kind: "exception",
            arg: new PyTuple([stop.type, stop, None]),
            at: prev,
          });
        }
      }
      ftr.iter = null;
    }
    if (ftr.cFunc !== null) {
      events.push({ to: To.PROFILE, kind: "c_return", arg: ftr.cFunc });
      ftr.cFunc = null;
    }
    if (ip >= firstOf(co)) {
      // DO_TRACING sets prev_instr before calling the hooks: f_lineno is this instruction's.
      f.lasti = ip;
      if (op === RESUME) {
        events.push({ to: To.TRACE, kind: "call", arg: None });
        events.push({ to: To.PROFILE, kind: "call", arg: None });
      } else if (h.tracefunc !== null && ftr.fTrace !== null) {
        const line = f.code.lineAt(ip);
        if (line !== null && ftr.lines) {
          // Trace backward edges (except in 'yield from') or a changed line.
          // maybe_call_line_trace: the first instruction after the entry RESUME always counts.
          const lastline = prev <= firstOf(co) ? -1 : f.code.lineAt(prev);
          if (line !== lastline || (ip < prev && op !== SEND)) {
            events.push({ to: To.TRACE, kind: "line", arg: None });
          }
        }
        if (ftr.opcodes) events.push({ to: To.TRACE, kind: "opcode", arg: None });
      }
      if (op === RETURN_VALUE || op === YIELD_VALUE) {
        const v = f.slots[f.sp - 1]!;
        events.push({ to: To.TRACE, kind: "return", arg: v });
        events.push({ to: To.PROFILE, kind: "return", arg: v });
      }
    }
    if (callee !== null) events.push({ to: To.PROFILE, kind: "c_call", arg: callee });
    ftr.firedAt = ip;
    if (events.length > 0 && fire(t, f, events, null)) return false;
  }
  ftr.firedAt = -1;
  if (callee !== null) ftr.cFunc = callee;
  ftr.prev = ip;
  ftr.session = h.session;
  ftr.iterAt = at;
  if (op === FOR_ITER) ftr.iter = f.slots[f.sp - 1]!;
  else if (op === SEND) {
    ftr.iter = f.slots[f.sp - 2]!;
    ftr.sendNone = f.slots[f.sp - 1] === None;
  }
  execOne(t, f, budget);
  return budget <= 1;
}

/**
 * Raises exc in f with the events CPython reports: c_exception for a failed C call, 'exception'
 * (after the traceback entry is added, as PyTraceBack_Here precedes call_exc_trace), and
 * 'return' with None when no handler keeps the exception in the frame.
 */
export function traceThrow(t: Thread, f: Frame, exc: PyBaseException): void {
  const h = t.trace!;
  if (h.pendingExc === exc) {
    h.pendingExc = null;
    t.reraise = true;
    raiseInFrame(t, f, exc);
    return;
  }
  h.pendingExc = null;
  const ftr = frameTrace(f);
  ftr.firedAt = -1;
  const events: Event[] = [];
  if (f.gen !== null && f.code.bytes[f.ip * 2] === RESUME) {
    // gen.throw() / close() into a suspended generator: TRACE_FUNCTION_THROW_ENTRY.
    events.push({ to: To.TRACE, kind: "call", arg: None });
    events.push({ to: To.PROFILE, kind: "call", arg: None });
  }
  if (ftr.cFunc !== null) {
    events.push({ to: To.PROFILE, kind: "c_exception", arg: ftr.cFunc });
    ftr.cFunc = null;
  }
  if (!t.reraise) {
    if (exc.fresh) raiseOps.setContext(t, exc);
    raiseOps.addTraceback(t, f, exc);
    t.reraise = true;
    if (h.tracefunc !== null) {
      events.push({
        to: To.TRACE,
        kind: "exception",
        arg: new PyTuple([exc.type, exc, exc.traceback ?? None]),
      });
    }
  }
  const handlerAt = f.excAt >= 0 ? f.excAt : f.lasti;
  if (findInTable(f.code.excTable, handlerAt) === null) {
    events.push({ to: To.TRACE, kind: "return", arg: None });
    events.push({ to: To.PROFILE, kind: "return", arg: None });
  }
  if (events.length > 0 && fire(t, f, events, exc)) {
    h.pendingExc = exc;
    return;
  }
  if (t.mode === Mode.THROW && t.value !== exc) {
    // A hook raised instead: that exception is raised in f now, as a new one.
    t.reraise = false;
    return;
  }
  raiseInFrame(t, f, exc);
}

/**
 * Calls the hooks for `events` on f. Returns true when Python code must run for them (a native
 * frame was pushed above f); then f continues (or `rethrow` is raised in it) afterwards.
 */
function fire(t: Thread, f: Frame, events: Event[], rethrow: PyBaseException | null): boolean {
  const g = fireGen(t, f, events, rethrow);
  let r: IteratorResult<Request, PyValue>;
  try {
    r = g.next();
  } catch (e) {
    t.mode = Mode.THROW;
    t.value = toException(t, e);
    return false;
  }
  if (r.done) return false;
  f.resume = Resume.DISCARD;
  const nf = new NativeFrame(g);
  nf.back = f;
  nf.pending = r.value;
  t.top = nf;
  t.mode = Mode.EXEC;
  return true;
}

function* fireGen(t: Thread, f: Frame, events: Event[], rethrow: PyBaseException | null): Gen<PyValue> {
  const h = t.trace!;
  const ftr = frameTrace(f);
  f.exposed = true;
  const here = f.lasti;
  for (const ev of events) {
    if (h.tracing) continue;
    f.lasti = ev.at ?? here;
    let cb: PyValue | null;
    if (ev.to === To.PROFILE) cb = h.profilefunc;
    else cb = ev.kind === "call" ? h.tracefunc : h.tracefunc === null ? null : ftr.fTrace;
    if (cb === null) continue;
    h.tracing = true;
    refreshTraceOn(t);
    let r: PyValue;
    try {
      r = yield* call(t, cb, [f, ev.kind, ev.arg], null);
    } catch (e) {
      // The hook raised: it is removed (PyEval_SetTrace(NULL) / SetProfile(NULL)), and the
      // exception propagates from the traced instruction.
      h.tracing = false;
      t.reraise = false;
      if (ev.to === To.PROFILE) h.profilefunc = null;
      else {
        h.tracefunc = null;
        ftr.fTrace = null;
      }
      refreshTraceOn(t);
      throw e;
    }
    h.tracing = false;
    refreshTraceOn(t);
    if (ev.to === To.TRACE && r !== None) ftr.fTrace = r;
  }
  f.lasti = here;
  if (rethrow !== null) throw rethrow;
  return None;
}
