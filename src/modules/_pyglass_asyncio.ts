/**
 * _pyglass_asyncio: the native part of lib/asyncio. CPython's Future is written in C
 * (Modules/_asynciomodule.c), so awaiting a future adds no frame of its own to a traceback:
 * the stored exception is raised straight into the awaiting coroutine. `future_iter(fut)`
 * gives lib/asyncio's Future.__await__ the same property: a native iterator that yields the
 * future once while it is pending, then ends with its result or raises its exception
 * (follows FutureIter_iternext). It has no `throw`, so an exception thrown into the awaiting
 * coroutine (a cancellation) is raised at the coroutine's await directly.
 *
 * `observed()` and `task_event(kind, task, name)` are lib/asyncio's hooks into the run's event
 * bus (src/observe): tasks.py asks once whether anyone observes the run and, only then, reports
 * each task's creation, steps and end.
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, defineBuiltinType } from "../objects/core.js";
import { PyBaseException, runtimeError, stopIteration, typeError } from "../objects/exceptions.js";
import { clinicArgs, oneArg, strValue } from "../objects/helpers.js";
import { PyModule } from "../objects/misc.js";
import { defineMethods, nativeFunctions } from "../objects/native.js";
import { getAttr, setAttr } from "../objects/ops/attr.js";
import { call } from "../objects/ops/call.js";
import type { Gen } from "../objects/suspend.js";
import { PyTraceback } from "../objects/exceptions.js";
import type { Thread } from "../vm/thread.js";

const futureIterType = defineBuiltinType("future_iter", { subclassable: false });

class FutureIter extends PyObject {
  /** The future; null once the iterator has finished. */
  fut: PyValue | null;
  yielded = false;
  constructor(fut: PyValue) {
    super(futureIterType);
    this.fut = fut;
  }
}

function iterOf(self: PyValue): FutureIter {
  if (self instanceof FutureIter) return self;
  throw typeError("descriptor requires a 'future_iter' object");
}

/** Raises a stored exception as a `raise` statement would (context set where it lands). */
function raised(exc: PyValue): PyBaseException {
  if (!(exc instanceof PyBaseException)) throw typeError("exceptions must derive from BaseException");
  exc.fresh = true;
  return exc;
}

function* step(t: Thread, it: FutureIter): Gen<PyValue> {
  const fut = it.fut;
  if (fut === null) throw stopIteration();
  const state = yield* getAttr(t, fut, "_state");
  if (state === "PENDING") {
    if (!it.yielded) {
      it.yielded = true;
      yield* setAttr(t, fut, "_asyncio_future_blocking", true);
      return fut;
    }
    it.fut = null;
    throw runtimeError("await wasn't used with future");
  }
  it.fut = null;
  if (state === "CANCELLED") {
    const make = yield* getAttr(t, fut, "_make_cancelled_error");
    throw raised(yield* call(t, make, []));
  }
  const exc = yield* getAttr(t, fut, "_exception");
  if (exc !== None) {
    // The exception is retrieved: no "never retrieved" report for it.
    yield* setAttr(t, fut, "_Future__log_traceback", false);
    const tb = yield* getAttr(t, fut, "_exception_tb");
    const e = raised(exc);
    e.traceback = tb instanceof PyTraceback ? tb : null;
    throw e;
  }
  const result = yield* getAttr(t, fut, "_result");
  throw result === None ? stopIteration() : stopIteration(result);
}

const TASK_EVENTS = {
  create: "task.create",
  step: "task.step",
  yield: "task.yield",
  done: "task.done",
} as const;

/** task_event(kind, task, name): one event of a Task's life, for the observers of the run. */
function taskEvent(t: Thread, args: PyValue[]): PyValue {
  clinicArgs("task_event", args, 3, 3);
  const obs = t.interp.scheduler.obs;
  if (obs === null || !obs.detailed) return None;
  const [kind, task, name] = args as [PyValue, PyValue, PyValue];
  const k = strValue(kind);
  if (k === undefined || !Object.hasOwn(TASK_EVENTS, k)) throw typeError("unknown task event");
  if (!(task instanceof PyObject)) throw typeError("a task is required");
  const eventKind = TASK_EVENTS[k as keyof typeof TASK_EVENTS];
  obs.emit({ kind: eventKind, tid: t.ident, task: obs.idOf(task), name: strValue(name) ?? "" });
  return None;
}

export function makePyglassAsyncioModule(): PyModule {
  defineMethods(futureIterType, {
    __iter__: (_t, self) => iterOf(self),
    __next__: { gen: (t, self) => step(t, iterOf(self)) },
    send: { gen: (t, self) => step(t, iterOf(self)) },
    close: (_t, self) => {
      iterOf(self).fut = null;
      return None;
    },
  });
  const m = new PyModule("_pyglass_asyncio");
  for (const [name, fn] of nativeFunctions("_pyglass_asyncio", {
    future_iter: (_t, _s, args, kw): PyValue => new FutureIter(oneArg("future_iter", args, kw)),
    observed: (t, _s, args): PyValue => {
      clinicArgs("observed", args, 0, 0);
      const obs = t.interp.scheduler.obs;
      return obs !== null && obs.detailed;
    },
    task_event: (t, _s, args): PyValue => taskEvent(t, args),
  }))
    m.dict!.setStr(name, fn);
  return m;
}
