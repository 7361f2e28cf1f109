/**
 * The _thread module (Modules/_threadmodule.c, 3.11): threads, locks, thread-local objects and
 * the default threading excepthook. Threads are the interpreter's (src/vm/scheduler.ts): a new
 * thread is a Thread whose stack starts with the bootstrap native below.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { None, PyObject, typeOf } from "../../objects/core.js";
import { PyDict } from "../../objects/dict.js";
import { PyFloat } from "../../objects/float.js";
import { E, PyBaseException, newException, typeError, valueError } from "../../objects/exceptions.js";
import { clinicArgs, intValue, noKw, parseArgs, strValue, typeName } from "../../objects/helpers.js";
import { PyModule } from "../../objects/misc.js";
import type { MethodSpec } from "../../objects/native.js";
import { defineStatic, nativeFunctions } from "../../objects/native.js";
import { getAttr, getAttrOpt } from "../../objects/ops/attr.js";
import { call } from "../../objects/ops/call.js";
import { str } from "../../objects/ops/convert.js";
import { toArray } from "../../objects/ops/iter.js";
import { structSeqType } from "../../objects/structseq.js";
import type { Gen } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import type { Interpreter } from "../../vm/interpreter.js";
import { NativeFrame } from "../../vm/thread.js";
import type { Thread } from "../../vm/thread.js";
import { formatException } from "../../vm/traceback.js";
import { writeUnraisable } from "../../memory/unraisable.js";
import { nativeId, pyIdent } from "./ident.js";
import { PyLockBase, lockType, newLock, releaseLock, rlockType } from "./lock.js";
import { localType } from "./local.js";
import { TIMEOUT_MAX } from "./timeout.js";

export const exceptHookArgsType = structSeqType("_thread._ExceptHookArgs", [
  "exc_type",
  "exc_value",
  "exc_traceback",
  "thread",
]);

// structseq_new: _ExceptHookArgs(sequence) with exactly its four fields.
defineStatic(exceptHookArgsType, {
  __new__: {
    gen: function* (t, _s, args, kwnames) {
      const [cls, seq] = parseArgs("_ExceptHookArgs", args, kwnames, ["cls", "sequence", "dict"], 2);
      const items = yield* toArray(t, seq!);
      if (items.length !== 4) {
        throw typeError(`_thread._ExceptHookArgs() takes a 4-sequence (${items.length}-sequence given)`);
      }
      return new PyTuple(items, cls as PyType);
    },
  },
});

/** The lock roles _pyglass_set_role accepts (docs/internals/threads.md). */
const ROLES = new Set(["join", "condition", "event", "semaphore", "barrier", "queue", "future"]);

/** Writes text to a Python file object (file.write), as PyFile_WriteString does. */
function* writeTo(t: Thread, file: PyValue, text: string): Gen<void> {
  const write = yield* getAttr(t, file, "write");
  yield* call(t, write, [text]);
}

function* flush(t: Thread, file: PyValue): Gen<void> {
  const f = yield* getAttrOpt(t, file, "flush");
  if (f !== undefined) yield* call(t, f, []);
}

/**
 * The thread's first native (thread_run): calls the function; an exception escaping it is
 * reported as unraisable ("Exception ignored in thread started by: ..."), SystemExit silently.
 */
function* bootstrap(
  t: Thread,
  state: ModuleState,
  fn: PyValue,
  args: PyValue[],
  kwnames: string[],
): Gen<PyValue> {
  try {
    yield* call(t, fn, args, kwnames.length ? kwnames : null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (!e.type.isSubtype(E.SystemExit)) {
      emitThreadException(t);
      yield* writeUnraisable(t, e, fn, "Exception ignored in thread started by");
    }
  } finally {
    state.count--;
  }
  return None;
}

/** Tells the run's observers that an exception escaped thread t (the CLI then prints the seed). */
function emitThreadException(t: Thread): void {
  const obs = t.interp.scheduler.obs;
  if (obs !== null) obs.emit({ kind: "thread.exception", tid: t.ident });
}

interface ModuleState {
  /** Threads started by start_new_thread and still running (_thread._count()). */
  count: number;
  stackSize: number;
}

function startNewThread(
  interp: Interpreter,
  state: ModuleState,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  noKw("start_new_thread", kwnames);
  if (args.length < 2) throw typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`start_new_thread expected at most 3 arguments, got ${args.length}`);
  const [fn, fargs, fkw] = args as [PyValue, PyValue, PyValue | undefined];
  if (typeOf(fn).lookup("__call__") === null) throw typeError("first arg must be callable");
  if (!(fargs instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
  if (fkw !== undefined && fkw !== None && !(fkw instanceof PyDict)) {
    throw typeError("optional 3rd arg must be a dictionary");
  }
  const callArgs = [...fargs.items];
  const names: string[] = [];
  if (fkw instanceof PyDict) {
    for (const [k, v] of fkw.entries()) {
      const name = strValue(k);
      if (name === undefined) throw typeError("keywords must be strings");
      names.push(name);
      callArgs.push(v);
    }
  }
  const t = interp.newThread();
  state.count++;
  interp.startGen(t, (th) => bootstrap(th, state, fn, callArgs, names));
  // thread_run holds the function and its arguments until the call returns: the census sees
  // them there, so the thread's own deaths are found at its own instruction boundaries.
  if (t.top instanceof NativeFrame)
    t.top.holds = [fn, ...callArgs].filter((v): v is PyObject => v instanceof PyObject);
  interp.scheduler.add(t);
  return pyIdent(t);
}

/** thread_excepthook: "Exception in thread NAME:" and the traceback, to sys.stderr or thread._stderr. */
function* excepthook(t: Thread, args: PyValue[], kwnames: readonly string[] | null): Gen<PyValue> {
  noKw("_excepthook", kwnames);
  clinicArgs("_excepthook", args, 1, 1);
  const a = args[0]!;
  if (!(a instanceof PyTuple) || typeOf(a) !== exceptHookArgsType) {
    throw typeError("_thread.excepthook argument type must be ExceptHookArgs");
  }
  const [excType, excValue, , thread] = a.items as [PyValue, PyValue, PyValue, PyValue];
  if (excType === E.SystemExit) return None;
  emitThreadException(t);
  let file = t.interp.sys.dict!.getStr("stderr") ?? None;
  if (file === None) {
    if (thread === None) return None;
    file = (yield* getAttrOpt(t, thread, "_stderr")) ?? None;
    if (file === None) return None;
  }
  let name: string;
  const nameObj = thread === None ? undefined : yield* getAttrOpt(t, thread, "name");
  if (nameObj !== undefined) name = yield* str(t, nameObj);
  else name = String(pyIdent(t));
  let text = `Exception in thread ${name}:\n`;
  if (excValue instanceof PyBaseException) text += yield* formatException(t, excValue);
  yield* writeTo(t, file, text);
  yield* flush(t, file);
  return None;
}

function functions(interp: Interpreter, state: ModuleState): Record<string, MethodSpec> {
  const start: MethodSpec = (_t, _s, args, kwnames) => startNewThread(interp, state, args, kwnames);
  const allocate: MethodSpec = (t, _s, args) => {
    clinicArgs("allocate_lock", args, 0, 0);
    return newLock(t);
  };
  const exit: MethodSpec = () => {
    throw newException(E.SystemExit);
  };
  return {
    start_new_thread: start,
    start_new: start,
    allocate_lock: allocate,
    allocate,
    exit,
    exit_thread: exit,
    get_ident: (t) => pyIdent(t),
    get_native_id: (t) => nativeId(t),
    _count: () => state.count,
    interrupt_main: (_t, _s, args) => {
      clinicArgs("interrupt_main", args, 0, 1);
      interp.scheduler.interruptMain();
      return None;
    },
    stack_size: (_t, _s, args, kwnames) => {
      noKw("stack_size", kwnames);
      clinicArgs("stack_size", args, 0, 1);
      const old = state.stackSize;
      if (args.length === 0) return old;
      const v = intValue(args[0]!);
      if (v === undefined)
        throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
      const size = Number(v);
      if (size < 0) throw valueError("size must be 0 or a positive value");
      if (size !== 0 && size < 32768) throw valueError(`size not valid: ${size} bytes`);
      state.stackSize = size;
      return old;
    },
    _set_sentinel: (t, _s, args) => {
      clinicArgs("_set_sentinel", args, 0, 0);
      // release_sentinel: the lock is released when the thread's state is deleted.
      const lock = newLock();
      t.onExit.push(() => {
        if (lock.held) releaseLock(lock);
      });
      return lock;
    },
    _excepthook: { gen: (t, _s, args, kwnames) => excepthook(t, args, kwnames) },
    _pyglass_set_role: (_t, _s, args, kwnames) => {
      noKw("_pyglass_set_role", kwnames);
      clinicArgs("_pyglass_set_role", args, 3, 3);
      const [lock, kind, text] = args as [PyValue, PyValue, PyValue];
      if (!(lock instanceof PyLockBase)) throw typeError(`a lock is required, not '${typeName(lock)}'`);
      const k = strValue(kind);
      if (k === undefined || !ROLES.has(k))
        throw valueError(`unknown lock role ${strValue(kind) ?? typeName(kind)}`);
      const s = strValue(text);
      if (s === undefined) throw typeError(`role text must be str, not '${typeName(text)}'`);
      lock.role = { kind: k, text: s };
      return None;
    },
  };
}

export function makeThreadModule(interp: Interpreter): PyModule {
  const m = new PyModule("_thread");
  const d = m.dict!;
  const state: ModuleState = { count: 0, stackSize: 0 };
  for (const [name, fn] of nativeFunctions("_thread", functions(interp, state))) d.setStr(name, fn);
  d.setStr("LockType", lockType);
  d.setStr("RLock", rlockType);
  d.setStr("_local", localType);
  d.setStr("_ExceptHookArgs", exceptHookArgsType);
  d.setStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  d.setStr("error", E.RuntimeError);
  return m;
}
