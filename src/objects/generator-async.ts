/**
 * Async generators (the async_generator half of Objects/genobject.c): the values an async
 * generator yields are wrapped by ASYNC_GEN_WRAP, so that its awaitables (`asend`, `athrow`,
 * `aclose`) can tell them from the values an `await` inside it passes up to the event loop. A
 * wrapped value ends the awaitable with StopIteration(value); anything else goes up unchanged.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, PyObject, asyncGeneratorType, defineBuiltinType, typeOf } from "./core.js";
import { E, PyBaseException, newException, runtimeError, stopIteration, typeError } from "./exceptions.js";
import { GenState, PyGenerator } from "./generator.js";
import { genThrow, makeThrown, yieldFromOf } from "./generator-methods.js";
import { defineGetSets, defineMethods } from "./native.js";
import { hexAddress } from "./object-type.js";
import { isStopIteration } from "./ops/iter.js";
import { ResumeRequest, STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";

const wrappedType = defineBuiltinType("async_generator_wrapped_value", { subclassable: false });
export const asendType = defineBuiltinType("async_generator_asend", { subclassable: false });
export const athrowType = defineBuiltinType("async_generator_athrow", { subclassable: false });

/** A value yielded by `yield` in an async generator (_PyAsyncGenWrappedValue). */
export class AsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(wrappedType);
  }
}

const enum AwaitState {
  INIT = 0,
  ITER = 1,
  CLOSED = 2,
}

/** The awaitable of `agen.asend(v)` / `agen.__anext__()`. */
class ASend extends PyObject {
  state = AwaitState.INIT;
  constructor(
    readonly ag: PyGenerator,
    readonly sendval: PyValue,
  ) {
    super(asendType);
  }
}

/** The awaitable of `agen.athrow(...)`, or of `agen.aclose()` when `args` is null. */
class AThrow extends PyObject {
  state = AwaitState.INIT;
  constructor(
    readonly ag: PyGenerator,
    readonly args: PyValue[] | null,
  ) {
    super(athrowType);
  }
}

function ag(self: PyValue): PyGenerator {
  if (self instanceof PyGenerator && self.kind === "async_generator") return self;
  throw typeError(`descriptor requires an 'async_generator' object but received '${typeOf(self).name}'`);
}

/** One step of the generator's frame; its return becomes StopAsyncIteration (gen_send_ex). */
function* step(gen: PyGenerator, v: PyValue | PyBaseException, isThrow: boolean): Gen<PyValue> {
  const r = yield new ResumeRequest(gen, v as PyValue, isThrow);
  if (r === STOP) throw newException(E.StopAsyncIteration);
  return r;
}

/** Applies async_gen_unwrap to a step's outcome. */
function* unwrap(gen: PyGenerator, op: Gen<PyValue>): Gen<PyValue> {
  let r: PyValue;
  try {
    r = yield* op;
  } catch (e) {
    let exc = e;
    // genThrow reports the frame's return as StopIteration: for an async generator it is the end.
    if (isStopIteration(e)) exc = newException(E.StopAsyncIteration);
    if (
      exc instanceof PyBaseException &&
      (exc.type.isSubtype(E.StopAsyncIteration) || exc.type.isSubtype(E.GeneratorExit))
    ) {
      gen.agClosed = true;
    }
    gen.agRunningAsync = false;
    throw exc;
  }
  if (r instanceof AsyncGenWrapped) {
    gen.agRunningAsync = false;
    throw r.value === None ? stopIteration() : stopIteration(r.value);
  }
  return r;
}

function asendv(self: PyValue): ASend {
  if (self instanceof ASend) return self;
  throw typeError("descriptor requires an 'async_generator_asend' object");
}

function athrowv(self: PyValue): AThrow {
  if (self instanceof AThrow) return self;
  throw typeError("descriptor requires an 'async_generator_athrow' object");
}

// follows async_gen_asend_send
function* asendSend(o: ASend, arg: PyValue): Gen<PyValue> {
  if (o.state === AwaitState.CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  if (o.state === AwaitState.INIT) {
    if (o.ag.agRunningAsync) throw runtimeError("anext(): asynchronous generator is already running");
    if (arg === None) arg = o.sendval;
    o.state = AwaitState.ITER;
  }
  o.ag.agRunningAsync = true;
  try {
    return yield* unwrap(o.ag, step(o.ag, arg, false));
  } catch (e) {
    o.state = AwaitState.CLOSED;
    throw e;
  }
}

// follows async_gen_asend_throw
function* asendThrow(t: Thread, o: ASend, args: PyValue[]): Gen<PyValue> {
  if (o.state === AwaitState.CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  const exc = yield* makeThrown(t, args[0]!, args[1] ?? None, args[2] ?? None);
  try {
    return yield* unwrap(o.ag, genThrow(t, o.ag, exc));
  } catch (e) {
    o.state = AwaitState.CLOSED;
    throw e;
  }
}

function ignoredExit(o: AThrow): PyBaseException {
  o.ag.agRunningAsync = false;
  o.state = AwaitState.CLOSED;
  return runtimeError("async generator ignored GeneratorExit");
}

/** check_error of async_gen_athrow_send: aclose() ends with StopIteration, not the generator's end. */
function closeError(o: AThrow, e: unknown): unknown {
  o.ag.agRunningAsync = false;
  o.state = AwaitState.CLOSED;
  if (
    o.args === null &&
    e instanceof PyBaseException &&
    (e.type.isSubtype(E.StopAsyncIteration) || e.type.isSubtype(E.GeneratorExit) || isStopIteration(e))
  ) {
    return stopIteration();
  }
  return e;
}

// follows async_gen_athrow_send
function* athrowSend(t: Thread, o: AThrow, arg: PyValue): Gen<PyValue> {
  const gen = o.ag;
  if (o.state === AwaitState.CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  if (gen.state === GenState.CLEARED) {
    o.state = AwaitState.CLOSED;
    throw stopIteration();
  }
  if (o.state === AwaitState.INIT) {
    if (gen.agRunningAsync) {
      o.state = AwaitState.CLOSED;
      throw runtimeError(
        o.args === null
          ? "aclose(): asynchronous generator is already running"
          : "athrow(): asynchronous generator is already running",
      );
    }
    if (gen.agClosed) {
      o.state = AwaitState.CLOSED;
      throw newException(E.StopAsyncIteration);
    }
    if (arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    o.state = AwaitState.ITER;
    gen.agRunningAsync = true;
    if (o.args === null) {
      gen.agClosed = true;
      let r: PyValue;
      try {
        r = yield* genThrow(t, gen, newException(E.GeneratorExit));
      } catch (e) {
        throw closeError(o, e);
      }
      if (r instanceof AsyncGenWrapped) throw ignoredExit(o);
      return r;
    }
    const exc = yield* makeThrown(t, o.args[0]!, o.args[1] ?? None, o.args[2] ?? None);
    try {
      return yield* unwrap(gen, genThrow(t, gen, exc));
    } catch (e) {
      throw closeError(o, e);
    }
  }
  if (o.args !== null) {
    try {
      return yield* unwrap(gen, step(gen, arg, false));
    } catch (e) {
      throw closeError(o, e);
    }
  }
  let r: PyValue;
  try {
    r = yield* step(gen, arg, false);
  } catch (e) {
    throw closeError(o, e);
  }
  if (r instanceof AsyncGenWrapped) throw ignoredExit(o);
  return r;
}

// follows async_gen_athrow_throw
function* athrowThrow(t: Thread, o: AThrow, args: PyValue[]): Gen<PyValue> {
  if (o.state === AwaitState.CLOSED) throw runtimeError("cannot reuse already awaited aclose()/athrow()");
  const exc = yield* makeThrown(t, args[0]!, args[1] ?? None, args[2] ?? None);
  if (o.args !== null) return yield* unwrap(o.ag, genThrow(t, o.ag, exc));
  let r: PyValue;
  try {
    r = yield* genThrow(t, o.ag, exc);
  } catch (e) {
    if (
      e instanceof PyBaseException &&
      (e.type.isSubtype(E.StopAsyncIteration) || e.type.isSubtype(E.GeneratorExit))
    ) {
      throw stopIteration();
    }
    throw e;
  }
  if (r instanceof AsyncGenWrapped) throw ignoredExit(o);
  return r;
}

function checkThrowArgs(name: string, args: PyValue[]): void {
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
}

export function initAsyncGenMethods(): void {
  defineMethods(asyncGeneratorType, {
    __aiter__: (_t, self) => ag(self),
    __anext__: (_t, self) => new ASend(ag(self), None),
    asend: (_t, self, args) => new ASend(ag(self), args[0] ?? None),
    athrow: (_t, self, args) => {
      checkThrowArgs("athrow", args);
      return new AThrow(ag(self), args.slice());
    },
    aclose: (_t, self) => new AThrow(ag(self), null),
    __repr__: (_t, self) => `<async_generator object ${ag(self).qualname} at ${hexAddress(self)}>`,
  });
  defineGetSets(asyncGeneratorType, {
    __name__: {
      get: (_t, self) => ag(self).name,
      set: (_t, self, v) => {
        if (typeof v !== "string") throw typeError("__name__ must be set to a string object");
        ag(self).name = v;
      },
    },
    __qualname__: {
      get: (_t, self) => ag(self).qualname,
      set: (_t, self, v) => {
        if (typeof v !== "string") throw typeError("__qualname__ must be set to a string object");
        ag(self).qualname = v;
      },
    },
    ag_frame: { get: (_t, self) => ag(self).frame ?? None },
    // ag_running reports the awaitable in progress (ag_running_async), not the frame.
    ag_running: { get: (_t, self) => ag(self).agRunningAsync },
    ag_suspended: { get: (_t, self) => ag(self).state === GenState.SUSPENDED },
    ag_code: { get: (_t, self) => ag(self).code },
    ag_await: { get: (_t, self) => yieldFromOf(ag(self)) ?? None },
  });
  defineMethods(asendType, {
    __await__: (_t, self) => asendv(self),
    __iter__: (_t, self) => asendv(self),
    __next__: { gen: (_t, self) => asendSend(asendv(self), None) },
    send: { gen: (_t, self, args) => asendSend(asendv(self), args[0] ?? None) },
    throw: {
      gen: (t, self, args) => {
        checkThrowArgs("throw", args);
        return asendThrow(t, asendv(self), args);
      },
    },
    close: (_t, self) => {
      asendv(self).state = AwaitState.CLOSED;
      return None;
    },
  });
  defineMethods(athrowType, {
    __await__: (_t, self) => athrowv(self),
    __iter__: (_t, self) => athrowv(self),
    __next__: { gen: (t, self) => athrowSend(t, athrowv(self), None) },
    send: { gen: (t, self, args) => athrowSend(t, athrowv(self), args[0] ?? None) },
    throw: {
      gen: (t, self, args) => {
        checkThrowArgs("throw", args);
        return athrowThrow(t, athrowv(self), args);
      },
    },
    close: (_t, self) => {
      athrowv(self).state = AwaitState.CLOSED;
      return None;
    },
  });
}
