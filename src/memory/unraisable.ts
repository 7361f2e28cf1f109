/**
 * Unraisable exceptions (Python/errors.c _PyErr_WriteUnraisableMsg): an exception raised where
 * nobody can catch it — in `__del__`, a weakref or gc callback, a generator finalized while
 * suspended, an atexit callback, a thread's function — is handed to `sys.unraisablehook` as an
 * `UnraisableHookArgs`; the default hook (`sys.__unraisablehook__`) prints the
 * "Exception ignored in: ..." report on sys.stderr. Every such report goes through
 * `writeUnraisable`.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyType, tracebackType } from "../objects/core.js";
import { E, PyBaseException, PyTraceback, newException, typeError } from "../objects/exceptions.js";
import { call } from "../objects/ops/call.js";
import { getAttr } from "../objects/ops/attr.js";
import { repr, str } from "../objects/ops/convert.js";
import { structSeq, structSeqType } from "../objects/structseq.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import type { Thread } from "../vm/thread.js";
import { formatTraceback } from "../vm/traceback.js";

/** sys.UnraisableHookArgs: a struct sequence of module builtins (UnraisableHookArgs_desc). */
export const unraisableHookArgsType = structSeqType(
  "UnraisableHookArgs",
  ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
  "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
);

/**
 * Reports `exc`, raised where nothing can catch it, through sys.unraisablehook. `errMsg` is the
 * whole message ("Exception ignored in atexit callback"); null gives the hook `err_msg=None`,
 * which the default hook prints as "Exception ignored in". Never raises a Python exception.
 */
export function* writeUnraisable(
  t: Thread,
  exc: PyBaseException,
  obj: PyValue | null,
  errMsg: string | null = null,
): Gen<void> {
  // An exception raised by C code has no traceback; CPython gives it one from the frame that
  // was running (_PyTraceBack_FromFrame), so a failing built-in weakref callback shows the line
  // whose `del` dropped the referent.
  if (exc.traceback === null) {
    const f = t.frame;
    if (f !== null) {
      const at = Math.max(f.lasti, 0);
      f.exposed = true;
      exc.traceback = new PyTraceback(tracebackType, f, at * 2, f.code.lineAt(at), null);
    }
  }
  const tb = exc.traceback ?? None;
  const sys = t.interp.sys.dict!;
  const hook = sys.getStr("unraisablehook");
  // A missing sys.unraisablehook (deleted) or None means the default hook.
  if (hook === undefined || hook === None) {
    yield* defaultHook(t, exc.type, exc, tb, errMsg ?? None, obj ?? None);
    return;
  }
  const args = structSeq(unraisableHookArgsType, [exc.type, exc, tb, errMsg ?? None, obj ?? None]);
  try {
    yield* call(t, hook, [args]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    // The hook failed: its own exception is reported by the default hook, against the hook
    // (a hook that is not callable fails in the call itself, with no traceback).
    yield* defaultHook(t, e.type, e, e.traceback ?? None, "Exception ignored in sys.unraisablehook", hook);
  }
}

/** The default hook, ignoring its own failures (write_unraisable_exc). */
function* defaultHook(
  t: Thread,
  type: PyValue,
  value: PyValue,
  tb: PyValue,
  errMsg: PyValue,
  obj: PyValue,
): Gen<void> {
  try {
    yield* writeDefault(t, type, value, tb, errMsg, obj);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
}

/**
 * write_unraisable_exc_file: the report on sys.stderr (nothing when it is missing or None).
 * Returns false where CPython returns -1 without an exception set (no exception type).
 */
function* writeDefault(
  t: Thread,
  type: PyValue,
  value: PyValue,
  tb: PyValue,
  errMsg: PyValue,
  obj: PyValue,
): Gen<boolean> {
  const file = t.interp.sys.dict!.getStr("stderr");
  if (file === undefined || file === None) return true;
  t.interp.flushStdout();
  const write = yield* getAttr(t, file, "write");
  const put = (s: string): Gen<PyValue> => call(t, write, [s]);
  if (obj !== None) {
    yield* put(errMsg !== None ? `${yield* str(t, errMsg)}: ` : "Exception ignored in: ");
    let where: string;
    try {
      where = yield* repr(t, obj);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      where = "<object repr() failed>";
    }
    yield* put(`${where}\n`);
  } else if (errMsg !== None) {
    yield* put(`${yield* str(t, errMsg)}:\n`);
  }
  if (tb instanceof PyTraceback) yield* put(formatTraceback(t, tb));
  if (type === None) return false;
  // The type as module.qualname, builtins and __main__ left out; "<unknown>" for a module
  // that is not a str.
  let head = "";
  let mod: PyValue;
  try {
    mod = yield* getAttr(t, type, "__module__");
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    mod = None;
  }
  if (typeof mod !== "string") head = "<unknown>";
  else if (mod !== "builtins" && mod !== "__main__") head = `${mod}.`;
  head += type instanceof PyType ? type.qualname : "<unknown>";
  yield* put(head);
  if (value !== None) {
    let text: string;
    try {
      text = yield* str(t, value);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      text = "<exception str() failed>";
    }
    yield* put(`: ${text}`);
  }
  yield* put("\n");
  yield* call(t, yield* getAttr(t, file, "flush"), []);
  return true;
}

/** sys.unraisablehook / sys.__unraisablehook__ (_PyErr_WriteUnraisableDefaultHook). */
export function* unraisableHook(t: Thread, args: PyValue): Gen<PyValue> {
  if (!(args instanceof PyTuple) || args.type !== unraisableHookArgsType)
    throw typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
  const [type, value, tb, errMsg, obj] = args.items as [PyValue, PyValue, PyValue, PyValue, PyValue];
  if (!(yield* writeDefault(t, type, value, tb, errMsg, obj))) {
    // CPython's hook fails without setting an exception here; its caller reports that.
    throw newException(
      E.SystemError,
      "<built-in function unraisablehook> returned NULL without setting an exception",
    );
  }
  return None;
}
