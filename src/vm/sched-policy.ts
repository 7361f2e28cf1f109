/**
 * Scheduling policies: which runnable thread gets the GIL next. Every policy sees the runnable
 * threads in creation order and the thread that ran last; the scheduler asks it in one place
 * (Scheduler.decide) and records each choice.
 */
import type { Thread } from "./thread.js";

export interface Policy {
  /** An index into `runnable` (in thread creation order); `last` is the thread that ran last. */
  choose(runnable: readonly Thread[], last: Thread | null): number;
}

/** The policies the command line names (--policy). */
export type PolicyName = "round-robin" | "random" | "pct";

/** What builds a policy: its name, the seed of its generator, PCT's depth and run-length estimate. */
export interface PolicyOptions {
  readonly policy?: PolicyName;
  readonly seed?: number;
  /** PCT's bug depth d: d − 1 priority-change points (default 3). */
  readonly pctDepth?: number;
  /** PCT's estimate k of the number of decisions in a run (default 100). */
  readonly pctSteps?: number;
}

export const DEFAULT_PCT_DEPTH = 3;
export const DEFAULT_PCT_STEPS = 100;

/**
 * The policy the options name. Without a policy, a seed means random and no seed round-robin
 * (so `--seed N` alone keeps its meaning); PCT and random without a seed use seed 0.
 */
export function makePolicy(options: PolicyOptions): Policy {
  const name = options.policy ?? (options.seed === undefined ? "round-robin" : "random");
  const seed = options.seed ?? 0;
  switch (name) {
    case "round-robin":
      return new RoundRobin();
    case "random":
      return new SeededRandom(seed);
    case "pct":
      return new Pct(seed, options.pctDepth ?? DEFAULT_PCT_DEPTH, options.pctSteps ?? DEFAULT_PCT_STEPS);
  }
}

/** Each runnable thread in turn, in creation order, starting after the one that ran last. */
export class RoundRobin implements Policy {
  choose(runnable: readonly Thread[], last: Thread | null): number {
    if (last === null) return 0;
    for (let i = 0; i < runnable.length; i++) if (runnable[i]!.ident > last.ident) return i;
    return 0;
  }
}

/** A seeded generator of floats in [0, 1) (a 32-bit xorshift-multiply mix): a seed names one sequence. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0 || 1;
  }
  next(): number {
    let x = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** A uniformly random runnable thread, from a seeded generator, so a seed repeats a schedule exactly. */
export class SeededRandom implements Policy {
  private readonly rng: Rng;
  constructor(readonly seed: number) {
    this.rng = new Rng(seed);
  }
  choose(runnable: readonly Thread[]): number {
    return this.rng.below(runnable.length);
  }
}

/**
 * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, "A Randomized
 * Scheduler with Probabilistic Guarantees of Finding Bugs", ASPLOS 2010). Each thread gets a
 * random priority when it is first seen, above d − 1; the highest-priority runnable thread runs.
 * d − 1 change points are drawn uniformly over the estimated run length k; at the i-th one the
 * thread that was running drops to priority d − 1 − i, below every initial priority, so the
 * others overtake it. A bug of depth d (d ordering constraints) is found with probability at
 * least 1/(n·k^(d−1)) per run.
 *
 * A step is one decision of the scheduler with several runnable threads (a slice ended or a
 * thread blocked), which is where pyglass can switch at all.
 */
export class Pct implements Policy {
  private readonly rng: Rng;
  /** Priorities by thread ident; larger runs first. */
  private readonly priority = new Map<number, number>();
  /** Step numbers (1-based) where the running thread's priority drops, in increasing order. */
  private readonly changePoints: number[] = [];
  private step = 0;
  private changesDone = 0;
  constructor(
    readonly seed: number,
    readonly depth: number,
    readonly steps: number,
  ) {
    this.rng = new Rng(seed);
    const points = new Set<number>();
    // d − 1 distinct points in [1, k] (fewer when k < d − 1).
    while (points.size < Math.min(depth - 1, steps)) points.add(1 + this.rng.below(steps));
    this.changePoints = [...points].sort((a, b) => a - b);
  }

  /**
   * A thread's priority; a new thread's is d plus a uniform random fraction, so the initial
   * priorities form a uniformly random order, all above the demoted ones (d − 1 and below).
   */
  private priorityOf(t: Thread): number {
    let p = this.priority.get(t.ident);
    if (p === undefined) {
      p = this.depth + this.rng.next();
      this.priority.set(t.ident, p);
    }
    return p;
  }

  choose(runnable: readonly Thread[], last: Thread | null): number {
    this.step++;
    while (this.changesDone < this.changePoints.length && this.changePoints[this.changesDone]! <= this.step) {
      this.changesDone++;
      // The running thread falls below every thread that has not yet been demoted.
      if (last !== null) this.priority.set(last.ident, this.depth - this.changesDone);
    }
    let best = 0;
    let bestP = -Infinity;
    for (let i = 0; i < runnable.length; i++) {
      const p = this.priorityOf(runnable[i]!);
      if (p > bestP) {
        bestP = p;
        best = i;
      }
    }
    return best;
  }
}
