/**
 * Coroutine instructions: GET_AWAITABLE (_PyCoro_GetAwaitableIter), BEFORE_ASYNC_WITH,
 * GET_AITER, GET_ANEXT, END_ASYNC_FOR, and ASYNC_GEN_WRAP, which marks the values an async
 * generator yields (see src/objects/generator-async.ts).
 */
import { CodeFlags } from "../compiler/code.js";
import type { PyValue } from "../objects/core.js";
import { None, typeOf } from "../objects/core.js";
import { E, PyBaseException, runtimeError, typeError } from "../objects/exceptions.js";
import { GenState, PyGenerator } from "../objects/generator.js";
import { AsyncGenWrapped } from "../objects/generator-async.js";
import { typeName } from "../objects/helpers.js";
import { callMethod } from "../objects/ops/call.js";
import { descrGet } from "../objects/ops/descr.js";
import { isIterator } from "../objects/ops/iter.js";
import type { Gen } from "../objects/suspend.js";
import { yieldFromOf } from "../objects/generator-methods.js";
import type { Frame } from "./frame.js";
import { O } from "./opcode-numbers.generated.js";
import type { Thread } from "./thread.js";

function pop(f: Frame): PyValue {
  const v = f.slots[--f.sp]!;
  f.slots[f.sp] = null;
  return v;
}

function push(f: Frame, v: PyValue): void {
  f.slots[f.sp++] = v;
}

/** The iterator an `await` drives, with CPython's errors. */
export function* awaitableIter(t: Thread, o: PyValue, where: number): Gen<PyValue> {
  if (o instanceof PyGenerator) {
    if (o.kind === "coroutine") {
      if (o.state === GenState.SUSPENDED && yieldFromOf(o) !== null)
        throw runtimeError("coroutine is being awaited already");
      return o;
    }
    if (
      o.kind === "generator" &&
      o.code !== None &&
      ((o.code as { flags?: number }).flags ?? 0) & CodeFlags.ITERABLE_COROUTINE
    ) {
      return o;
    }
  }
  const m = typeOf(o).lookup("__await__");
  if (m === null) {
    if (where === 1) {
      throw typeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${typeName(o)}`,
      );
    }
    if (where === 2) {
      throw typeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${typeName(o)}`,
      );
    }
    throw typeError(`object ${typeName(o)} can't be used in 'await' expression`);
  }
  const it = yield* callMethod(t, m, o, []);
  if (it instanceof PyGenerator && it.kind === "coroutine")
    throw typeError("__await__() returned a coroutine");
  if (!isIterator(it)) throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

function* exec(t: Thread, f: Frame, op: number, arg: number): Gen<void> {
  switch (op) {
    case O.GET_AWAITABLE: {
      const o = pop(f);
      push(f, yield* awaitableIter(t, o, arg));
      return;
    }
    case O.BEFORE_ASYNC_WITH: {
      const mgr = pop(f);
      const tp = typeOf(mgr);
      const enter = tp.lookup("__aenter__");
      if (enter === null)
        throw typeError(`'${tp.name}' object does not support the asynchronous context manager protocol`);
      const exit = tp.lookup("__aexit__");
      if (exit === null) {
        throw typeError(
          `'${tp.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
        );
      }
      push(f, yield* descrGet(t, exit, mgr, tp));
      push(f, yield* callMethod(t, enter, mgr, []));
      return;
    }
    case O.GET_AITER: {
      const o = pop(f);
      const m = typeOf(o).lookup("__aiter__");
      if (m === null)
        throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(o)}`);
      const it = yield* callMethod(t, m, o, []);
      if (typeOf(it).lookup("__anext__") === null) {
        throw typeError(
          `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
        );
      }
      push(f, it);
      return;
    }
    case O.GET_ANEXT: {
      const aiter = f.slots[f.sp - 1]!;
      const m = typeOf(aiter).lookup("__anext__");
      if (m === null)
        throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`);
      const awaitable = yield* callMethod(t, m, aiter, []);
      try {
        push(f, yield* awaitableIter(t, awaitable, 0));
      } catch (e) {
        if (e instanceof PyBaseException && e.type === E.TypeError) {
          throw typeError(`'async for' received an invalid object from __anext__: ${typeName(awaitable)}`);
        }
        throw e;
      }
      return;
    }
    case O.END_ASYNC_FOR: {
      const exc = pop(f) as PyBaseException;
      pop(f);
      if (exc instanceof PyBaseException && exc.type.isSubtype(E.StopAsyncIteration)) return;
      t.reraise = true;
      throw exc;
    }
    case O.ASYNC_GEN_WRAP:
      push(f, new AsyncGenWrapped(pop(f)));
      return;
  }
}

export const asyncOps = { exec };
