/**
 * Generator and coroutine methods (Objects/genobject.c): send, throw (delegating to a
 * `yield from` sub-iterator as _gen_throw does), close, __next__, and their attributes.
 */
import type { Thread } from "../vm/thread.js";
import type { PyValue } from "./core.js";
import { None, PyObject, PyType, coroutineType, defineBuiltinType, generatorType, typeOf } from "./core.js";
import { E, PyBaseException, newException, runtimeError, stopIteration, typeError } from "./exceptions.js";
import { GenState, PyGenerator } from "./generator.js";
import { defineGetSets, defineMethods, genCall } from "./native.js";
import type { Kw } from "./native.js";
import { getAttrOpt } from "./ops/attr.js";
import { call } from "./ops/call.js";
import { isStopIteration } from "./ops/iter.js";
import { ResumeRequest, STOP } from "./suspend.js";
import type { Gen } from "./suspend.js";
import { PyTuple } from "./tuple.js";
import { hexAddress } from "./object-type.js";
import { initAsyncGenMethods } from "./generator-async.js";

/**
 * generator.send(v) / __next__ and coroutine.send(v) on a generator of that kind: the eval loop
 * resumes it directly (NativeResumeFn). Anything else, and async generators, run the method.
 */
function resumeSend(self: PyValue, args: PyValue[], kw: Kw): PyGenerator | undefined {
  if (kw !== null || args.length !== 1 || !(self instanceof PyGenerator) || self.kind === "async_generator")
    return undefined;
  genCall.send = args[0]!;
  return self;
}

function resumeNext(self: PyValue, args: PyValue[], kw: Kw): PyGenerator | undefined {
  if (kw !== null || args.length !== 0 || !(self instanceof PyGenerator) || self.kind !== "generator")
    return undefined;
  genCall.send = None;
  return self;
}

function gv(self: PyValue): PyGenerator {
  if (self instanceof PyGenerator) return self;
  throw typeError(`descriptor requires a generator but received '${typeOf(self).name}'`);
}

/** The yielded value, or StopIteration(return value) when the generator finished. */
function* resumeOrStop(
  t: Thread,
  gen: PyGenerator,
  v: PyValue | PyBaseException,
  isThrow: boolean,
): Gen<PyValue> {
  const r = yield new ResumeRequest(gen, v as PyValue, isThrow);
  if (r === STOP) {
    const value = t.stopValue;
    t.stopValue = None;
    throw value === None ? stopIteration() : stopIteration(value);
  }
  return r;
}

/** The sub-iterator of a suspended `yield from` / `await` (_PyGen_yf). */
export function yieldFromOf(gen: PyGenerator): PyValue | null {
  const f = gen.frame;
  if (f === null || gen.state !== GenState.SUSPENDED) return null;
  const code = f.code.bytes;
  // RESUME with oparg >= 2 follows the YIELD_VALUE of a yield from / await.
  if (code[f.ip * 2] !== RESUME || code[f.ip * 2 + 1]! < 2) return null;
  return f.slots[f.sp - 1]!;
}
const RESUME = 151;

/** Leaves the `yield from` loop of a suspended generator: pops the sub-iterator, jumps past SEND. */
function abandonYieldFrom(gen: PyGenerator): void {
  const f = gen.frame!;
  f.slots[--f.sp] = null;
  const sendAt = f.lasti - 1;
  const jump = f.code.bytes[sendAt * 2 + 1]!;
  f.ip = f.lasti + jump;
}

/** Builds the exception for throw(typ[, val[, tb]]) (_gen_throw's normalisation). */
export function* makeThrown(t: Thread, typ: PyValue, val: PyValue, tb: PyValue): Gen<PyBaseException> {
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtype(E.BaseException)) {
    if (val instanceof PyBaseException && typeOf(val).isSubtype(typ)) exc = val;
    else {
      const args = val === None ? [] : val instanceof PyTuple ? val.items : [val];
      const r = yield* call(t, typ, args);
      if (!(r instanceof PyBaseException)) throw typeError("exceptions must derive from BaseException");
      exc = r;
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== None) throw typeError("instance exception may not have a separate value");
    exc = typ;
  } else {
    throw typeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`,
    );
  }
  if (tb !== None) {
    if (!(tb instanceof PyObject && tb.type.name === "traceback"))
      throw typeError("throw() third argument must be a traceback object");
    exc.traceback = tb as never;
  }
  return exc;
}

/** gen.throw(...) with delegation to a sub-iterator. */
export function* genThrow(t: Thread, gen: PyGenerator, exc: PyBaseException): Gen<PyValue> {
  const yf = yieldFromOf(gen);
  if (yf !== null) {
    if (exc.type.isSubtype(E.GeneratorExit)) {
      gen.state = GenState.RUNNING;
      try {
        yield* closeIter(t, yf);
      } catch (e) {
        gen.state = GenState.SUSPENDED;
        abandonYieldFrom(gen);
        return yield* resumeOrStop(t, gen, e as PyBaseException, true);
      }
      gen.state = GenState.SUSPENDED;
      return yield* resumeOrStop(t, gen, exc, true);
    }
    let ret: PyValue;
    let meth: PyValue | undefined;
    if (!(yf instanceof PyGenerator)) {
      // A sub-iterator without throw(): the exception is raised in this generator at its
      // `yield from` / `await` (the throw_here path of _gen_throw).
      gen.state = GenState.RUNNING;
      try {
        meth = yield* getAttrOpt(t, yf, "throw");
      } finally {
        gen.state = GenState.SUSPENDED;
      }
      if (meth === undefined) return yield* resumeOrStop(t, gen, exc, true);
    }
    try {
      gen.state = GenState.RUNNING;
      if (yf instanceof PyGenerator) ret = yield* genThrow(t, yf, exc);
      else ret = yield* call(t, meth!, [exc]);
      gen.state = GenState.SUSPENDED;
      return ret;
    } catch (e) {
      gen.state = GenState.SUSPENDED;
      abandonYieldFrom(gen);
      if (isStopIteration(e)) {
        const args = (e as PyBaseException).args.items;
        const v = args.length > 0 ? args[0]! : None;
        return yield* resumeOrStop(t, gen, v, false);
      }
      return yield* resumeOrStop(t, gen, e as PyBaseException, true);
    }
  }
  return yield* resumeOrStop(t, gen, exc, true);
}

/** Closes a sub-iterator: gen.close() for generators, else its close() if it has one. */
function* closeIter(t: Thread, yf: PyValue): Gen<void> {
  if (yf instanceof PyGenerator) {
    yield* genClose(t, yf);
    return;
  }
  const m = yield* getAttrOpt(t, yf, "close");
  if (m !== undefined) yield* call(t, m, []);
}

/** gen.close(). */
export function* genClose(t: Thread, gen: PyGenerator): Gen<PyValue> {
  if (gen.state === GenState.CREATED) {
    gen.state = GenState.CLEARED;
    gen.frame = null;
    return None;
  }
  if (gen.state === GenState.CLEARED) return None;
  try {
    yield* genThrow(t, gen, newException(E.GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException && (e.type.isSubtype(E.GeneratorExit) || isStopIteration(e)))
      return None;
    throw e;
  }
  throw runtimeError(`${gen.kind === "coroutine" ? "coroutine" : "generator"} ignored GeneratorExit`);
}

export function initGeneratorMethods(): void {
  initAsyncGenMethods();
  for (const type of [generatorType, coroutineType]) {
    defineMethods(type, {
      send: { gen: (t, self, args) => resumeOrStop(t, gv(self), args[0] ?? None, false), resume: resumeSend },
      throw: {
        gen: function* (t, self, args) {
          if (args.length < 1 || args.length > 3)
            throw typeError(`throw expected at least 1 argument, got ${args.length}`);
          const exc = yield* makeThrown(t, args[0]!, args[1] ?? None, args[2] ?? None);
          exc.fresh = true;
          return yield* genThrow(t, gv(self), exc);
        },
      },
      close: { gen: (t, self) => genClose(t, gv(self)) },
      __repr__: (_t, self) => `<${gv(self).kind} object ${gv(self).qualname} at ${hexAddress(self)}>`,
    });
    defineGetSets(type, {
      __name__: {
        get: (_t, self) => gv(self).name,
        set: (_t, self, v) => {
          if (typeof v !== "string") throw typeError("__name__ must be set to a string object");
          gv(self).name = v;
        },
      },
      __qualname__: {
        get: (_t, self) => gv(self).qualname,
        set: (_t, self, v) => {
          if (typeof v !== "string") throw typeError("__qualname__ must be set to a string object");
          gv(self).qualname = v;
        },
      },
    });
  }
  defineMethods(generatorType, {
    __iter__: (_t, self) => self,
    __next__: { gen: (t, self) => resumeOrStop(t, gv(self), None, false), resume: resumeNext },
  });
  const prefix = (p: string, type: PyType) =>
    defineGetSets(type, {
      [`${p}_frame`]: { get: (_t, self) => gv(self).frame ?? None },
      [`${p}_running`]: { get: (_t, self) => gv(self).state === GenState.RUNNING },
      [`${p}_suspended`]: { get: (_t, self) => gv(self).state === GenState.SUSPENDED },
      [`${p}_code`]: { get: (_t, self) => gv(self).code },
      [`${p}_${p === "gi" ? "yieldfrom" : "await"}`]: { get: (_t, self) => yieldFromOf(gv(self)) ?? None },
    });
  prefix("gi", generatorType);
  prefix("cr", coroutineType);
  defineMethods(coroutineType, {
    __await__: (_t, self) => new CoroWrapper(gv(self)),
  });
  defineMethods(coroWrapperType, {
    __iter__: (_t, self) => self,
    __next__: { gen: (t, self) => resumeOrStop(t, (self as CoroWrapper).coro, None, false) },
    send: { gen: (t, self, args) => resumeOrStop(t, (self as CoroWrapper).coro, args[0] ?? None, false) },
    throw: {
      gen: function* (t, self, args) {
        const exc = yield* makeThrown(t, args[0]!, args[1] ?? None, args[2] ?? None);
        return yield* genThrow(t, (self as CoroWrapper).coro, exc);
      },
    },
    close: { gen: (t, self) => genClose(t, (self as CoroWrapper).coro) },
  });
}

export const coroWrapperType = defineBuiltinType("coroutine_wrapper", { subclassable: false });

/** coro.__await__(): an iterator over the coroutine. */
export class CoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroWrapperType);
  }
}
