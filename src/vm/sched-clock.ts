/**
 * The interpreter's clock (see docs/internals/threads.md). Every clock read of the time module
 * and every timeout of a blocking wait uses it.
 *
 * - Virtual (the default): time advances by a fixed cost per executed instruction and jumps to
 *   the earliest deadline when every thread sleeps or waits. Nothing is really waited for, so a
 *   run is deterministic and `time.sleep(10)` returns at once.
 * - Real (`--real-time`): the host's clocks; the scheduler really waits for deadlines.
 */
import type { Host } from "./host.js";

/** Virtual nanoseconds one instruction costs: ~100 million instructions a second, CPython 3.11's order. */
export const TICK_NS = 10;

export interface InterpClock {
  readonly virtual: boolean;
  /** Seconds on a clock that never goes back (time.monotonic, perf_counter, deadlines). */
  monotonic(): number;
  /** Seconds since the epoch (time.time). */
  wall(): number;
  /** CPU seconds of the whole program (time.process_time). */
  process(): number;
  /** CPU seconds of the running thread (time.thread_time). */
  thread(): number;
}

/** What the clocks read from the scheduler: instructions run so far, overall and by the running thread. */
export interface TickSource {
  /** Virtual nanoseconds elapsed: executed instructions plus the jumps of waits. */
  elapsedNs(): number;
  /** Instructions run by all threads. */
  totalTicks(): number;
  /** Instructions run by the running thread. */
  threadTicks(): number;
}

export function virtualClock(host: Host, ticks: TickSource): InterpClock {
  // Anchored at the host's clocks when the interpreter starts, so values look like python3's.
  const wallBase = host.now();
  const monoBase = host.monotonic();
  return {
    virtual: true,
    monotonic: () => monoBase + ticks.elapsedNs() / 1e9,
    wall: () => wallBase + ticks.elapsedNs() / 1e9,
    process: () => (ticks.totalTicks() * TICK_NS) / 1e9,
    thread: () => (ticks.threadTicks() * TICK_NS) / 1e9,
  };
}

export function realClock(host: Host): InterpClock {
  const start = host.monotonic();
  return {
    virtual: false,
    monotonic: () => host.monotonic(),
    wall: () => host.now(),
    process: () => host.monotonic() - start,
    thread: () => host.monotonic() - start,
  };
}

/** Blocks the host for `seconds` without spinning where the platform allows it (Node, workers). */
export function blockHost(seconds: number): void {
  const ms = Math.max(0, seconds * 1000);
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // busy wait: the browser main thread cannot block
    }
  }
}
