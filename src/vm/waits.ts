/**
 * Waits that do not involve a lock: a sleep until a deadline, a bare GIL yield (time.sleep(0)),
 * and host work (a Promise: I/O). Lock waits live with the locks (src/modules/_thread/lock.ts).
 */
import type { PyValue } from "../objects/core.js";
import { None } from "../objects/core.js";
import { BlockRequest } from "../objects/suspend.js";
import type { Gen, Wait } from "../objects/suspend.js";
import type { Thread } from "./thread.js";

/** Sleeping until the interpreter clock reaches `deadline`. */
class SleepWait implements Wait {
  readonly timeoutValue = None;
  readonly host = null;
  readonly resource = null;
  constructor(readonly deadline: number) {}
  ready(): boolean {
    return false;
  }
  /** Nothing but the deadline wakes a sleep (the scheduler's deadline heap does). */
  subscribe(): void {}
  complete(): PyValue {
    return None;
  }
  describe(): string {
    return "the end of a sleep";
  }
}

/** Giving the GIL to any other runnable thread, then going on (time.sleep(0), sched_yield). */
class YieldWait implements Wait {
  readonly timeoutValue = None;
  readonly host = null;
  readonly resource = null;
  readonly deadline = Infinity;
  ready(): boolean {
    return true;
  }
  complete(): PyValue {
    return None;
  }
  describe(): string {
    return "its turn";
  }
}

/** Host work: ready once the promise settles; answers its value (or null if it failed). */
class HostWait implements Wait {
  readonly timeoutValue = None;
  readonly resource = null;
  readonly host: Promise<unknown>;
  private settled = false;
  private value: PyValue = None;
  constructor(
    promise: Promise<PyValue>,
    readonly deadline: number,
    private readonly what: string,
  ) {
    this.host = promise.then(
      (v) => {
        this.settled = true;
        this.value = v;
      },
      () => {
        this.settled = true;
      },
    );
  }
  ready(): boolean {
    return this.settled;
  }
  complete(): PyValue {
    return this.value;
  }
  describe(): string {
    return this.what;
  }
}

/** Blocks the calling thread for `seconds` on the interpreter clock; 0 only yields the GIL. */
export function* sleepFor(t: Thread, seconds: number): Gen<void> {
  if (seconds <= 0) {
    yield new BlockRequest(new YieldWait());
    return;
  }
  yield new BlockRequest(new SleepWait(t.interp.scheduler.clock.monotonic() + seconds));
}

/**
 * Blocks the calling thread until host work settles (other threads run meanwhile); answers
 * what the promise resolves to. `what` names it in deadlock reports and the trace.
 */
export function* awaitHost(promise: Promise<PyValue>, what: string, deadline = Infinity): Gen<PyValue> {
  return yield new BlockRequest(new HostWait(promise, deadline, what));
}
