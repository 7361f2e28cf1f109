/**
 * Raising and catching (Python/ceval.c do_raise, Python/errors.c _PyErr_SetObject and
 * PyErr_GivenExceptionMatches): implicit __context__ chaining without cycles, explicit causes,
 * traceback entries, the exception table lookup, and `except` clause matching.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyType, tracebackType, typeOf } from "../objects/core.js";
import type { ExceptionEntry } from "../objects/code-tables.js";
import { findHandler as findInTable } from "../objects/code-tables.js";
import { E, PyBaseException, PyTraceback, newException, typeError } from "../objects/exceptions.js";
import { call } from "../objects/ops/call.js";
import { repr } from "../objects/ops/convert.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { Frame } from "./frame.js";
import type { Thread } from "./thread.js";

/** Sets __context__ to the exception being handled, breaking cycles as _PyErr_SetObject does. */
function setContext(t: Thread, exc: PyBaseException): void {
  exc.fresh = false;
  const handled = t.handledException();
  if (handled === null || handled === exc) return;
  let o: PyBaseException = handled;
  let slow: PyBaseException | null = o;
  let toggle = false;
  for (;;) {
    const ctx: PyBaseException | null = o.context;
    if (ctx === null) break;
    if (ctx === exc) {
      o.context = null;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = slow?.context ?? null;
    toggle = !toggle;
  }
  exc.context = handled;
}

/** Adds the frame's current instruction to the exception's traceback (PyTraceBack_Here). */
function addTraceback(_t: Thread, f: Frame, exc: PyBaseException): void {
  f.exposed = true;
  exc.traceback = new PyTraceback(tracebackType, f, f.lasti * 2, f.code.lineAt(f.lasti), exc.traceback);
}

/** The handler for the instruction that raised (f.excAt after a RERAISE, else f.lasti). */
function findHandler(f: Frame): ExceptionEntry | null {
  const at = f.excAt >= 0 ? f.excAt : f.lasti;
  f.excAt = -1;
  return findInTable(f.code.excTable, at);
}

function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtype(E.BaseException);
}

/** Instantiates an exception class for `raise`, checking the result. */
function* instantiate(t: Thread, cls: PyType): Gen<PyBaseException> {
  const v = yield* call(t, cls, []);
  if (!(v instanceof PyBaseException)) {
    // _PyErr_SetObject's message names both by repr (%R).
    const what = yield* repr(t, cls);
    const got = yield* repr(t, typeOf(v));
    throw typeError(`calling ${what} should have returned an instance of BaseException, not ${got}`);
  }
  return v;
}

/** RAISE_VARARGS: raise, raise exc, raise exc from cause. Always throws. */
function* raiseGen(t: Thread, exc: PyValue | null, cause: PyValue | null): Gen<PyValue> {
  if (exc === null) {
    const active = t.handledException();
    if (active === null) throw newException(E.RuntimeError, "No active exception to reraise");
    t.reraise = true;
    throw active;
  }
  let value: PyBaseException;
  if (isExceptionClass(exc)) value = yield* instantiate(t, exc);
  else if (exc instanceof PyBaseException) value = exc;
  else throw typeError("exceptions must derive from BaseException");
  if (cause !== null) {
    let c: PyBaseException | null;
    if (isExceptionClass(cause)) c = yield* instantiate(t, cause);
    else if (cause instanceof PyBaseException) c = cause;
    else if (cause === None) c = null;
    else throw typeError("exception causes must derive from BaseException");
    value.cause = c;
    value.suppressContext = true;
  }
  value.fresh = true;
  throw value;
}

/** CHECK_EXC_MATCH: validates the except clause's classes, then matches by subclass. */
function exceptionMatches(left: PyValue, right: PyValue): boolean {
  if (right instanceof PyType) {
    // One class (the common `except E:`): no array of classes.
    if (!right.isSubtype(E.BaseException)) {
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
    }
    return typeOf(left).isSubtype(right);
  }
  const classes = right instanceof PyTuple ? right.items : [right];
  for (const c of classes) {
    if (!isExceptionClass(c)) {
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
    }
  }
  const lt = typeOf(left);
  return classes.some((c) => lt.isSubtype(c as PyType));
}

export const raiseOps = { setContext, addTraceback, findHandler, exceptionMatches, raiseGen };
