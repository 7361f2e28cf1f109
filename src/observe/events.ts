/**
 * The events pyglass makes visible (see docs/internals/observe.md). Every event is plain data,
 * stamped by the bus with the interpreter clock (virtual nanoseconds in deterministic runs, so a
 * trace repeats exactly) and the instruction counter. Threads are named by their interpreter
 * number (`Thread.ident`: 1 is the main thread), which is the same on every run.
 */

/** Why a thread gave the GIL up (CPython's drop_gil callers: the eval breaker, a blocking call, thread exit). */
export type ReleaseReason = "interval" | "blocked" | "yield" | "finished";

/** What a blocked thread waits for: a lock role of _pyglass_set_role, a plain lock, or a non-lock wait. */
export type WaitKind =
  | "lock"
  | "rlock"
  | "join"
  | "condition"
  | "event"
  | "semaphore"
  | "barrier"
  | "queue"
  | "future"
  | "sleep"
  | "yield"
  | "io";

/** How a blocked thread came to run again. */
export type WakeReason = "ready" | "timeout" | "interrupt";

export type ObsEvent =
  /** A thread was registered with the scheduler (the main thread, or one start_new_thread made). */
  | { readonly kind: "thread.start"; readonly tid: number; readonly parent: number | null }
  /** A thread's stack emptied. */
  | { readonly kind: "thread.finish"; readonly tid: number }
  /** An exception escaped a thread and was reported (threading.excepthook, or "Exception ignored in thread started by"). */
  | { readonly kind: "thread.exception"; readonly tid: number }
  /**
   * A thread takes the GIL. `name` is its Python name when known (threading.Thread.name), null
   * before threading has registered it; `woke` says how a blocked thread was woken.
   */
  | {
      readonly kind: "gil.acquire";
      readonly tid: number;
      readonly name: string | null;
      readonly woke: WakeReason | null;
    }
  /** A thread gives the GIL up. */
  | { readonly kind: "gil.release"; readonly tid: number; readonly reason: ReleaseReason }
  /** A thread blocks: `what` is the wait in words ("condition Condition(...)", "the end of a sleep"). */
  | { readonly kind: "thread.block"; readonly tid: number; readonly wait: WaitKind; readonly what: string }
  /**
   * The scheduler chose among several runnable threads: `runnable` in creation order, `chosen`
   * one of them, `after` why the previous holder let the GIL go.
   */
  | {
      readonly kind: "sched.decision";
      readonly chosen: number;
      readonly runnable: readonly number[];
      readonly after: ReleaseReason | null;
    }
  /** Lock traffic: taken at once, waited for (contended), released. `lock` names it as reports do. */
  | { readonly kind: "lock.acquire"; readonly tid: number; readonly lock: string }
  | { readonly kind: "lock.wait"; readonly tid: number; readonly lock: string }
  | { readonly kind: "lock.release"; readonly tid: number; readonly lock: string }
  /** asyncio: a Task was created, one step of its coroutine started or ended, it finished. */
  | { readonly kind: "task.create"; readonly tid: number; readonly task: number; readonly name: string }
  | { readonly kind: "task.step"; readonly tid: number; readonly task: number; readonly name: string }
  | { readonly kind: "task.yield"; readonly tid: number; readonly task: number; readonly name: string }
  | { readonly kind: "task.done"; readonly tid: number; readonly task: number; readonly name: string }
  /** A garbage collection of `generation` started (with gc.get_count() then) or ended. */
  | {
      readonly kind: "gc.start";
      readonly tid: number;
      readonly generation: number;
      readonly count: readonly [number, number, number];
    }
  | {
      readonly kind: "gc.end";
      readonly tid: number;
      readonly generation: number;
      readonly collected: number;
      readonly uncollectable: number;
      /** Finalizers (__del__, generator close()) the collection ran. */
      readonly finalized: number;
      readonly countBefore: readonly [number, number, number];
      readonly countAfter: readonly [number, number, number];
      /** Its duration in instructions (finalizers and callbacks run code) and host milliseconds. */
      readonly ticks: number;
      readonly ms: number;
    };

/** An event as listeners see it: with the time it happened and the instructions run so far. */
export interface Stamped {
  readonly event: ObsEvent;
  /** Interpreter-clock nanoseconds since the interpreter started. */
  readonly ns: number;
  /** Instructions run by all threads so far. */
  readonly ticks: number;
}

export type Listener = (e: Stamped) => void;
