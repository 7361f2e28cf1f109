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

/**
 * What a native generator yields: a call of a Python function, a generator step, or a wait
 * (the thread blocks until the scheduler completes it).
 */
export type Request = CallRequest | ResumeRequest | BlockRequest;

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
    /**
     * With `locals`: what else the native keeps in its own variables while the body runs
     * (__build_class__'s arguments, bases and metaclass), declared to the census with them.
     */
    readonly alsoHeld: readonly PyValue[] = [],
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
    /**
     * What the native does with each item the generator yields, when it can do it without
     * Python code (NativeFrame.sink): the generator then goes on at once.
     */
    readonly sink: ItemSink | null = null,
  ) {}
}

/**
 * A native consuming a Python generator takes one yielded item: true when it took it (no Python
 * code ran), false to have it delivered as the request's answer instead.
 */
export type ItemSink = (v: PyValue) => boolean;

/**
 * Something a blocked thread waits for (a lock, a deadline, host I/O). The scheduler owns the
 * blocked thread: it asks `ready()` when choosing whom to run, and resumes the native that
 * yielded the BlockRequest with `complete()`'s answer, or with `timeoutValue` once the
 * interpreter clock reaches `deadline` (see docs/internals/threads.md).
 */
export interface Wait {
  /** Could the wait complete now? No side effects: the scheduler may ask and not choose it. */
  ready(): boolean;
  /** Completes the wait (takes the lock, ...) and gives the native its answer. */
  complete(): PyValue;
  /** Interpreter-clock seconds when the wait gives up; Infinity for none. */
  readonly deadline: number;
  /** The native's answer when the deadline passes first. */
  readonly timeoutValue: PyValue;
  /** Host work (I/O) that must settle before the wait can be ready; null for none. */
  readonly host: Promise<unknown> | null;
  /**
   * Is host work under way that will settle without the outside world (bytes in flight between
   * two sockets of this program, a loopback connect)? Then a virtual-clock run awaits the host
   * before letting deadlines pass (see docs/internals/asyncio.md, "Sockets").
   */
  hostSoon?(): boolean;
  /** What is waited for, in words ("lock 0x7f..", "sleep"): deadlock reports and the trace. */
  describe(): string;
  /** The object waited on (a lock), for the wait-for graph; null for sleeps and I/O. */
  readonly resource: object | null;
  /** The thread holding what is waited for (a lock's holder), if known. */
  heldBy?(): import("../vm/thread.js").Thread | null;
}

/**
 * The eval loop should stop running this thread: it blocks on `wait`. The thread gives up the
 * GIL; the scheduler resumes the native with the wait's answer.
 */
export class BlockRequest {
  readonly kind = "block";
  constructor(readonly wait: Wait) {}
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
