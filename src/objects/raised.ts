/**
 * The answer of a native's fast path that raises: it stores the exception with setRaised() and
 * returns RAISED; its caller takes the exception with takeRaised() and raises it. The eval loop
 * raises it in the frame without a JavaScript throw (a V8 throw costs one to two microseconds,
 * and exception-driven code raises IndexError, KeyError, StopIteration all the time);
 * other callers throw it.
 *
 * Invariant: between setRaised() and takeRaised() no Python code runs and no other fast path is
 * called (the one stored exception is the one just raised).
 */
import { PyObject } from "./core.js";
import type { PyValue } from "./core.js";
import type { PyBaseException } from "./exceptions.js";
import { STOP } from "./suspend.js";

/** A fast path's answer "raised": the exception is taken with takeRaised(). */
export const RAISED: PyObject = new PyObject(STOP.type);
let raised: PyBaseException | null = null;

/** Stores `e` as the exception of a RAISED answer, and returns RAISED. */
export function setRaised(e: PyBaseException): PyObject {
  raised = e;
  return RAISED;
}

/** The exception behind the last RAISED answer. */
export function takeRaised(): PyBaseException {
  const e = raised!;
  raised = null;
  return e;
}

/**
 * Whether every caller of natives' fast paths (NativeFastFn) takes RAISED. Until the eval loop
 * declares so (acceptFastRaise), a fast path that would raise declines instead (its general
 * path raises). Subscript fast paths (getItemFast) are called only by callers that take it.
 */
export let fastRaiseAccepted = false;

/** Declares that the eval loop's calls of fast paths (callOther and its callers) take RAISED. */
export function acceptFastRaise(): void {
  fastRaiseAccepted = true;
}

/** A fast path's way to raise `e`: RAISED when its callers take it, undefined (decline) before. */
export function fastRaise(e: PyBaseException): PyValue | undefined {
  return fastRaiseAccepted ? setRaised(e) : undefined;
}

/** A fast path's answer for a caller that cannot take RAISED: the value, or the exception thrown. */
export function unraised<T>(v: T): T {
  if (v === RAISED) throw takeRaised();
  return v;
}
