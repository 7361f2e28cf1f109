/**
 * The general paths of compiled code's instructions, written once here instead of at every
 * instruction (a compiled function must stay small enough for V8 to optimize: TurboFan leaves
 * functions over 60 KB of bytecode to the interpreter). Each does what execFrame's instruction
 * does once its fast paths failed.
 *
 * The protocol: a path gets the thread, the frame, the instruction's unit (`at`), the unit to
 * go on at (`next`) and the stack pointer with the instruction's operands already popped; it
 * returns the new stack pointer, or LEAVE when the frame must give control back to run() (a
 * native suspended, a Python frame was pushed, an exception is to be raised) with its
 * registers stored.
 */
import type { PyValue } from "../../objects/core.js";
import { None, type PyType, typeType } from "../../objects/core.js";
import type { PyBaseException } from "../../objects/exceptions.js";
import { PyFunction } from "../../objects/function.js";
import { PyGenerator } from "../../objects/generator.js";
import { arithFast, binaryOp, firstBinaryMethod } from "../../objects/ops/arith.js";
import { compareFast, richCompare } from "../../objects/ops/compare.js";
import { isTrue, isTrueFast } from "../../objects/ops/convert.js";
import { iterNext } from "../../objects/ops/iter.js";
import type { Gen } from "../../objects/suspend.js";
import { STOP } from "../../objects/suspend.js";
import type { PyTuple } from "../../objects/tuple.js";
import {
  CONTINUE,
  callOther,
  coldOp,
  initFrame,
  newFrameFor,
  pushFrame,
  raiseNow,
  resumeGenerator,
  returnToCaller,
  runNative,
  runNested,
  simpleFrame,
} from "../eval.js";
import { Frame, Resume } from "../frame.js";
import { genOps } from "../gen-ops.js";
import type { InlineCache } from "../inline-cache.js";
import { fastInitCached, propertyGetter } from "../inline-cache.js";
import { nameOps } from "../name-ops.js";
import type { Thread } from "../thread.js";

/** The frame gives control back to run(). */
export const LEAVE = -1;
/** FOR_ITER: the iterator is exhausted (popped): jump past the loop. */
export const EXHAUSTED = -2;

/** Runs generator-native g for the instruction at `at` and pushes its value (Resume.PUSH). */
export function pushNative(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  g: Gen<PyValue>,
): number {
  f.ip = next;
  f.sp = sp;
  const r = runNative(t, f, at, g, Resume.PUSH);
  if (r === undefined) return LEAVE;
  f.slots[sp] = r;
  return sp + 1;
}

/**
 * BINARY_OP or COMPARE_OP without an inline answer (the operands popped, v's slot cleared):
 * arithFast / compareFast, then the protocol (binary_op1, rich comparison).
 */
export function operatorGeneral(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  v: PyValue,
  w: PyValue,
  op: number,
  comparison: boolean,
): number {
  const r = comparison ? compareFast(v, w, op) : arithFast(v, w, op);
  if (r !== undefined) {
    f.slots[sp - 1] = r;
    return sp;
  }
  const dunder = comparison ? null : firstBinaryMethod(v, w, op);
  if (dunder !== null) {
    // A Python operator method runs as a frame, both operands left on the stack (execFrame's
    // BINARY_OP, Resume.BINARY_OP).
    f.slots[sp] = w;
    const frame = simpleFrame(dunder, f.slots, sp - 1, 2);
    if (frame !== null) {
      f.ip = next;
      f.sp = sp + 1;
      f.lasti = at;
      pushFrame(t, frame, f);
      f.resume = Resume.BINARY_OP;
      return LEAVE;
    }
    f.slots[sp] = null;
  }
  f.slots[--sp] = null;
  return pushNative(t, f, sp, at, next, comparison ? richCompare(t, v, w, op) : binaryOp(t, v, w, op));
}

/** execFrame's answer: run the top frame in the interpreter from its ip (compiled code cannot go on there). */
export const INTERPRET = 5;

/** Runs generator-native g for its effect (STORE_SUBSCR, STORE_ATTR: Resume.DISCARD). */
export function discardNative(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  g: Gen<PyValue>,
): number {
  f.ip = next;
  f.sp = sp;
  return runNative(t, f, at, g, Resume.DISCARD) === undefined ? LEAVE : sp;
}

/** POP_JUMP_IF_*'s truth test by `__bool__`/`__len__`: 1 true, 0 false, or LEAVE. */
export function truthOf(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  target: number,
  jumpIfTrue: boolean,
  v: PyValue,
): number {
  const fast = isTrueFast(v);
  if (fast !== undefined) return fast ? 1 : 0;
  f.ip = next;
  f.sp = sp;
  f.resumeArg = target;
  f.resumeFlag = jumpIfTrue;
  const r = runNative(t, f, at, isTrue(t, v), Resume.POP_JUMP);
  if (r === undefined) return LEAVE;
  return r === true ? 1 : 0;
}

/** FOR_ITER over an iterator without a fast path: the new stack pointer, EXHAUSTED or LEAVE. */
export function forIterNext(t: Thread, f: Frame, sp: number, at: number, next: number, exit: number): number {
  const it = f.slots[sp - 1]!;
  f.ip = next;
  f.sp = sp;
  f.resumeArg = exit;
  if (it instanceof PyGenerator && it.kind === "generator") {
    f.resume = Resume.FOR_ITER;
    f.lasti = at;
    resumeGenerator(t, it, None, false, f);
    return LEAVE;
  }
  const r = runNative(t, f, at, iterNext(t, it), Resume.FOR_ITER);
  if (r === undefined) return LEAVE;
  if (r === STOP) return EXHAUSTED;
  f.slots[sp] = r;
  return sp + 1;
}

/** Raises exc at the instruction (a fast path's error, made without a JavaScript throw). */
export function raiseAt(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  exc: PyBaseException,
): number {
  f.lasti = at;
  f.sp = sp;
  f.ip = next;
  return raiseNow(t, exc);
}

/**
 * CALL with `argc` arguments (execFrame's CALL): a Python function or a class the VM
 * instantiates itself gets its frame pushed and run nested (runNested: the new stack pointer
 * once it returned, or -1 - the answer to leave with); anything else is called here and its
 * value pushed. `budget` is the compiled function's: t.budget holds what is left of it after.
 */
export function callAt(
  t: Thread,
  f: Frame,
  sp: number,
  argc: number,
  at: number,
  next: number,
  ic: InlineCache,
  budget: number,
): number {
  const s = f.slots;
  const kwnames = f.kwnames;
  f.kwnames = null;
  t.budget = budget;
  const isMeth = s[sp - argc - 2] !== null;
  const total = isMeth ? argc + 1 : argc;
  const callable = s[sp - total - 1]!;
  const argStart = sp - total;
  const npos = kwnames === null ? total : total - kwnames.length;
  const base = sp - argc - 2;
  if (callable instanceof PyFunction) {
    const frame =
      (kwnames === null ? simpleFrame(callable, s, argStart, npos) : null) ??
      newFrameFor(t, callable, s, argStart, npos, kwnames);
    for (let k = base; k < sp; k++) s[k] = null;
    f.ip = next;
    f.sp = base;
    f.lasti = at;
    pushFrame(t, frame, f);
    return runNested(t, f, next);
  }
  let init: PyFunction | null;
  if (
    typeof callable === "object" &&
    callable.type === typeType &&
    (init = fastInitCached(ic, callable as PyType)) !== null
  ) {
    const frame = initFrame(t, callable as PyType, init, s, argStart, npos, kwnames);
    for (let k = base; k < sp; k++) s[k] = null;
    f.ip = next;
    f.sp = base;
    f.lasti = at;
    t.cDepth++;
    try {
      pushFrame(t, frame, f);
    } catch (e) {
      t.cDepth--;
      throw e;
    }
    return runNested(t, f, next);
  }
  f.ip = next;
  f.sp = base;
  f.lasti = at;
  const result = callOther(t, f, callable, isMeth, argStart, sp, kwnames, at);
  if (result === undefined) return LEAVE;
  s[base] = result;
  return base + 1;
}

/**
 * After a call that returned a value: must the slice end at the next instruction? (An object
 * whose death is visible was made, or the call asked for the eval breaker: execFrame's CALL.)
 */
export function callCutsSlice(t: Thread): boolean {
  if (!t.interp.memory.observing && !t.breakSlice) return false;
  if (!t.interp.memory.observing) t.breakSlice = false;
  return true;
}

/** LOAD_ATTR / LOAD_METHOD without a cached answer: a property's Python getter, or getattr. */
export function loadAttrGeneral(
  t: Thread,
  f: Frame,
  sp: number,
  at: number,
  next: number,
  ic: InlineCache,
  obj: PyValue,
  name: string,
  method: boolean,
): number {
  const s = f.slots;
  const getter = propertyGetter(ic, obj);
  const frame = getter === null ? null : simpleFrame(getter, s, sp - 1, 1);
  if (frame !== null) {
    // The getter's result lands where obj was ([NULL, result] for a method load).
    if (method) s[sp - 1] = null;
    else s[--sp] = null;
    f.ip = next;
    f.sp = sp;
    f.lasti = at;
    pushFrame(t, frame, f);
    return LEAVE;
  }
  if (method) s[sp - 1] = null;
  else s[--sp] = null;
  return pushNative(t, f, sp, at, next, nameOps.getAttr(t, obj, name));
}

/** RETURN_VALUE (the value popped): hands it to the Python caller, or to run(). */
export function returnFrom(t: Thread, f: Frame, sp: number, at: number, next: number, v: PyValue): number {
  f.sp = sp;
  f.ip = next;
  f.lasti = at;
  returnToCaller(t, f, v);
  return 0;
}

/** YIELD_VALUE (the value popped). */
export function yieldAt(t: Thread, f: Frame, sp: number, at: number, next: number, v: PyValue): number {
  f.ip = next;
  f.sp = sp;
  f.lasti = at;
  genOps.yieldValue(t, f, v);
  return 0;
}

/** KW_NAMES' tuple as CALL reads it. */
export function kwNames(f: Frame, names: PyValue): void {
  f.kwnames = (names as PyTuple).items as string[];
}

/**
 * An instruction execFrame runs in coldOp: runs it there. The new stack pointer (f.ip is where
 * to go on), or LEAVE.
 */
export function coldAt(
  t: Thread,
  f: Frame,
  sp: number,
  op: number,
  arg: number,
  at: number,
  ip: number,
): number {
  f.ip = ip;
  f.sp = sp;
  f.lasti = at;
  return coldOp(t, f, op, arg, at) === CONTINUE ? f.sp : LEAVE;
}
