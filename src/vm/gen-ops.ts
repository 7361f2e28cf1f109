/**
 * Generators in the eval loop (Objects/genobject.c, RETURN_GENERATOR / YIELD_VALUE / SEND in
 * ceval.c). A generator's frame is pushed on the resuming thread above its consumer (a FOR_ITER
 * or SEND frame, or a native waiting on a ResumeRequest) and popped again when it yields or
 * returns; its handled-exception state is linked into the thread's chain while it runs.
 *
 * Invariant: a generator in state RUNNING has its frame on exactly one thread's stack; in any
 * other state its frame (if any) is on no stack.
 */
import { CodeFlags } from "../compiler/code.js";
import type { PyValue } from "../objects/core.js";
import { InternalError, None, typeOf } from "../objects/core.js";
import { E, PyBaseException, newException, typeError, valueError } from "../objects/exceptions.js";
import { GenState, PyGenerator } from "../objects/generator.js";
import type { GenKind } from "../objects/generator.js";
import { call, callMethod } from "../objects/ops/call.js";
import { isStopIteration, iterNext } from "../objects/ops/iter.js";
import { getAttrOpt } from "../objects/ops/attr.js";
import type { Gen, Request } from "../objects/suspend.js";
import { STOP } from "../objects/suspend.js";
import { GenIterator, SyncIterator } from "../objects/iterators.js";
import type { Frame } from "./frame.js";
import { Resume } from "./frame.js";
import { O } from "./opcode-numbers.generated.js";
import { NativeFrame, type Thread } from "./thread.js";

// Mode values of eval.ts (kept numeric to avoid an import cycle).
const EXEC = 0;
const VALUE = 1;
const THROW = 2;

function kindOf(flags: number): GenKind {
  if (flags & CodeFlags.COROUTINE) return "coroutine";
  if (flags & CodeFlags.ASYNC_GENERATOR) return "async_generator";
  return "generator";
}

/** RETURN_GENERATOR: the frame becomes the generator's; the caller receives the generator. */
function returnGenerator(t: Thread, f: Frame): void {
  const func = f.func!;
  const gen = new PyGenerator(f, kindOf(f.code.flags), func.name, func.qualname);
  f.gen = gen;
  gen.code = f.code;
  // A generator whose close() can run code (a try/with around a yield) dies visibly.
  // Coroutines and async generators are left to their event loops (not watched yet).
  if (f.code.excTable.length > 0 && gen.kind === "generator") t.interp.memory.watch(gen);
  t.depth--;
  t.top = f.back;
  f.back = null;
  t.mode = VALUE;
  t.value = gen;
}

/** Pushes the generator's frame to continue it (send a value or throw an exception in). */
function resume(
  t: Thread,
  gen: PyGenerator,
  value: PyValue | PyBaseException,
  isThrow: boolean,
  back: Frame | NativeFrame,
): void {
  if (gen.state === GenState.RUNNING) {
    t.mode = THROW;
    t.value = valueError(`${gen.kind} already executing`);
    return;
  }
  if (gen.state === GenState.CLEARED || gen.frame === null) {
    if (isThrow) {
      t.mode = THROW;
      t.value = value as PyBaseException;
    } else {
      if (gen.kind === "coroutine") {
        t.mode = THROW;
        t.value = newException(E.RuntimeError, "cannot reuse already awaited coroutine");
        return;
      }
      t.stopValue = None;
      t.mode = VALUE;
      t.value = STOP;
    }
    return;
  }
  if (gen.state === GenState.CREATED && !isThrow && value !== None) {
    t.mode = THROW;
    t.value = typeError(`can't send non-None value to a just-started ${gen.kind}`);
    return;
  }
  const f = gen.frame;
  if (t.depth + t.cDepth >= t.interp.recursionLimit) {
    t.mode = THROW;
    t.value = newException(E.RecursionError, "maximum recursion depth exceeded");
    return;
  }
  t.depth++;
  f.back = back;
  t.top = f;
  gen.state = GenState.RUNNING;
  gen.excState.previous = t.excInfo;
  t.excInfo = gen.excState;
  if (isThrow) {
    t.mode = THROW;
    t.value = value;
  } else {
    f.slots[f.sp++] = value as PyValue;
    t.mode = EXEC;
  }
}

function unlink(t: Thread, gen: PyGenerator): void {
  if (t.excInfo === gen.excState) t.excInfo = gen.excState.previous ?? t.excInfo;
  gen.excState.previous = null;
}

/** YIELD_VALUE: suspend and hand `v` to the consumer below. */
function yieldValue(t: Thread, f: Frame, v: PyValue): void {
  const gen = f.gen;
  if (gen === null) throw new InternalError("yield outside a generator frame");
  gen.state = GenState.SUSPENDED;
  unlink(t, gen);
  t.depth--;
  t.top = f.back;
  f.back = null;
  t.mode = VALUE;
  t.value = v;
}

/** The generator's frame returned: it is exhausted. */
function finished(t: Thread, gen: PyGenerator): void {
  gen.state = GenState.CLEARED;
  // A finished generator has nothing left to run when it dies.
  t.interp.memory.unwatchGenerator(gen);
  unlink(t, gen);
  if (gen.frame !== null) gen.frame.back = null;
  gen.frame = null;
}

/** An exception leaves the generator's frame: it is finished, and PEP 479 applies. */
function exceptionLeaves(t: Thread, gen: PyGenerator, exc: PyBaseException): PyBaseException {
  finished(t, gen);
  let msg: string | null = null;
  if (isStopIteration(exc))
    msg = `${gen.kind === "async_generator" ? "async generator" : gen.kind} raised StopIteration`;
  else if (gen.kind === "async_generator" && exc.type.isSubtype(E.StopAsyncIteration)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const r = newException(E.RuntimeError, msg);
  r.cause = exc;
  r.context = exc;
  r.suppressContext = true;
  r.fresh = false;
  return r;
}

/** The sub-iterator a suspended generator delegates to (`yield from` / `await`), or null (_PyGen_yf). */
export function yieldFrom(gen: PyGenerator): PyValue | null {
  const f = gen.frame;
  if (f === null || gen.state !== GenState.SUSPENDED) return null;
  const next = f.code.bytes;
  const op = next[f.ip * 2];
  const arg = next[f.ip * 2 + 1]!;
  if (op !== O.RESUME || arg < 2) return null;
  return f.slots[f.sp - 1]!;
}

/**
 * SEND: sends TOS into the receiver below it. Returns true when it switched to another frame
 * (a generator resumed, or a native suspended); otherwise the frame's stack and ip are updated.
 */
function send(t: Thread, f: Frame): boolean {
  const s = f.slots;
  const v = s[--f.sp]!;
  s[f.sp] = null;
  const receiver = s[f.sp - 1]!;
  if (receiver instanceof PyGenerator && receiver.kind !== "async_generator") {
    f.resume = Resume.SEND;
    resume(t, receiver, v, false, f);
    return true;
  }
  let r: PyValue;
  if (v === None && (receiver instanceof SyncIterator || receiver instanceof GenIterator)) {
    const g = iterNext(t, receiver);
    const step = g.next();
    if (!step.done) {
      f.resume = Resume.SEND;
      suspend(t, f, g, step.value);
      return true;
    }
    r = step.value;
  } else {
    const g = sendTo(t, receiver, v);
    const step = g.next();
    if (!step.done) {
      f.resume = Resume.SEND;
      suspend(t, f, g, step.value);
      return true;
    }
    r = step.value;
  }
  if (r === STOP) {
    s[f.sp - 1] = t.stopValue;
    t.stopValue = None;
    f.ip = f.resumeArg;
  } else {
    s[f.sp++] = r;
  }
  return false;
}

/** Sends to a non-generator receiver: next() for None, else .send(); STOP with stopValue at the end. */
function* sendTo(t: Thread, receiver: PyValue, v: PyValue): Gen<PyValue> {
  try {
    if (v === None) {
      const m = typeOf(receiver).lookup("__next__");
      if (m !== null) return yield* callMethod(t, m, receiver, []);
    }
    const send = yield* getAttrOpt(t, receiver, "send");
    if (send === undefined) throw typeError(`'${typeOf(receiver).name}' object has no attribute 'send'`);
    return yield* call(t, send, [v]);
  } catch (e) {
    if (isStopIteration(e)) {
      t.stopValue = stopValueOf(e as PyBaseException);
      return STOP;
    }
    throw e;
  }
}

/** StopIteration.value. */
export function stopValueOf(e: PyBaseException): PyValue {
  return e.args.items.length > 0 ? e.args.items[0]! : None;
}

function suspend(t: Thread, f: Frame, g: Gen<PyValue>, req: Request): void {
  const nf = new NativeFrame(g);
  nf.back = f;
  nf.pending = req;
  t.top = nf;
  t.mode = EXEC;
}

export const genOps = { returnGenerator, resume, yieldValue, finished, exceptionLeaves, send };
