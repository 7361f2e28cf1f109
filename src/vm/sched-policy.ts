/**
 * Scheduling policies: which runnable thread gets the GIL next. Every policy sees the runnable
 * threads in creation order and the thread that ran last; the scheduler records each choice.
 */
import type { Thread } from "./thread.js";

export interface Policy {
  /** An index into `runnable` (in thread creation order); `last` is the thread that ran last. */
  choose(runnable: readonly Thread[], last: Thread | null): number;
}

/** Each runnable thread in turn, in creation order, starting after the one that ran last. */
export class RoundRobin implements Policy {
  choose(runnable: readonly Thread[], last: Thread | null): number {
    if (last === null) return 0;
    for (let i = 0; i < runnable.length; i++) if (runnable[i]!.ident > last.ident) return i;
    return 0;
  }
}

/**
 * A uniformly random runnable thread, from a seeded generator (a 32-bit xorshift-multiply
 * mix), so a seed names one schedule and repeats it exactly.
 */
export class SeededRandom implements Policy {
  private state: number;
  constructor(readonly seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0 || 1;
  }
  private next(): number {
    let x = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
  choose(runnable: readonly Thread[]): number {
    return Math.floor(this.next() * runnable.length);
  }
}
