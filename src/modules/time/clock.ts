/**
 * Every clock read and sleep of the time module goes through here, so that a deterministic run
 * can replace them with a virtual clock in one place. The defaults read the host (wall clock and
 * monotonic clock); CPython reads clock_gettime.
 */
import type { Host } from "../../vm/host.js";

export interface Clock {
  /** Seconds since the epoch (time.time). */
  wall(): number;
  /** Seconds on a clock that never goes back (time.monotonic, perf_counter). */
  monotonic(): number;
  /** Processor time of the program, in seconds (process_time, thread_time). */
  process(): number;
  /** Blocks the calling thread for `seconds` (time.sleep). */
  sleep(seconds: number): void;
}

/** Blocks without spinning where the platform allows it (Node, workers), else spins. */
function blockFor(seconds: number): void {
  const ms = seconds * 1000;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // busy wait: the browser main thread cannot block
    }
  }
}

export function hostClock(host: Host): Clock {
  const start = host.monotonic();
  return {
    wall: () => host.now(),
    monotonic: () => host.monotonic(),
    process: () => host.monotonic() - start,
    sleep: blockFor,
  };
}
