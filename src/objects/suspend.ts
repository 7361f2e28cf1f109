/**
 * The suspension protocol between natives and the eval loop (see docs/internals/suspension.md).
 *
 * A native that may run Python code is a generator function: instead of calling into the
 * interpreter recursively, it yields a Request; the loop pushes the Python frame that answers
 * it on the same thread's frame stack, runs it like any other frame (so it can be suspended,
 * switched away from, traced), and resumes the native with the answer — or throws the Python
 * exception into it. Natives that never run Python code are plain functions.
 */
import type { PyValue } from "./core.js";
import { PyObject, defineBuiltinType } from "./core.js";

/** What a native generator yields: a call of a Python function, or a generator step. */
export type Request = CallRequest | ResumeRequest;

/** A native generator: yields requests, is resumed with their answers, returns its result. */
export type Gen<T> = Generator<Request, T, PyValue>;

/** The eval loop should call `fn` (a Python function, or a bound method of one) with these arguments. */
export class CallRequest {
  readonly kind = "call";
  constructor(
    /** A PyFunction (checked by the loop). */
    readonly fn: PyObject,
    /** Positional arguments, then the values of `kwnames`. */
    readonly args: PyValue[],
    readonly kwnames: readonly string[] | null,
    /**
     * Run the function's code with this locals mapping instead of binding arguments: module
     * bodies, class bodies, exec and eval.
     */
    readonly locals: PyValue | null = null,
  ) {}
}

/**
 * The eval loop should resume a Python generator (send a value or throw an exception into it).
 * The answer is the value it yields, or STOP when it returns (its return value is then in
 * `thread.stopValue`).
 */
export class ResumeRequest {
  readonly kind = "resume";
  constructor(
    /** A PyGenerator (checked by the loop). */
    readonly gen: PyObject,
    readonly value: PyValue,
    readonly isThrow: boolean,
  ) {}
}

const sentinelType = defineBuiltinType("_sentinel", { subclassable: false });

/** Answer to a ResumeRequest (and result of iterNext) when the iterator is exhausted. Never visible to Python. */
export const STOP: PyObject = new PyObject(sentinelType);

/** A native function's result, or a generator producing it. */
export type MaybeGen<T> = T | Gen<T>;

/** Runs a generator that is known not to suspend (only natives on its path) to completion. */
export function isGen(v: unknown): v is Gen<PyValue> {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { next?: unknown }).next === "function" &&
    !(v instanceof PyObject)
  );
}
