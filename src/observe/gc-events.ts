/**
 * What a garbage collection reports, to gc.callbacks and DEBUG_STATS (src/modules/gc.ts) and to
 * the event bus (`gc.start` / `gc.end`, shown by --trace and --gc-log): the generation, the
 * counts before and after, what was collected, the finalizers run, and how long it took in
 * instructions and in host time.
 */
import type { PyObject } from "../objects/core.js";
import type { Thread } from "../vm/thread.js";

export interface CollectReport {
  readonly generation: number;
  /** gc.get_count() as the collection started and as it ended. */
  readonly countBefore: readonly [number, number, number];
  countAfter: readonly [number, number, number];
  /** Tracked objects collected (gc.collect()'s result); uncollectable is 0 for Python objects. */
  collected: number;
  uncollectable: number;
  /** Finalizers (__del__, a suspended generator's close()) this collection ran. */
  finalized: number;
  /** The tracked unreachable objects freed, in the collector's order (DEBUG_COLLECTABLE). */
  collectable: PyObject[];
  /** Instructions run (by finalizers and callbacks) and host milliseconds, from the start. */
  readonly startTicks: number;
  readonly startMs: number;
}

/** Host milliseconds: only durations are taken from it (never part of deterministic output). */
function hostMs(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** A collection begins: its report, and the `gc.start` event. */
export function startReport(
  t: Thread,
  generation: number,
  count: readonly [number, number, number],
): CollectReport {
  const obs = t.interp.scheduler.obs;
  const r: CollectReport = {
    generation,
    countBefore: [count[0], count[1], count[2]],
    countAfter: [count[0], count[1], count[2]],
    collected: 0,
    uncollectable: 0,
    finalized: 0,
    collectable: [],
    startTicks: obs === null ? 0 : obs.totalTicks(),
    startMs: obs === null ? 0 : hostMs(),
  };
  if (obs !== null) obs.emit({ kind: "gc.start", tid: t.ident, generation, count: r.countBefore });
  return r;
}

/** A collection ended: the `gc.end` event. */
export function endReport(t: Thread, r: CollectReport): void {
  const obs = t.interp.scheduler.obs;
  if (obs === null) return;
  obs.emit({
    kind: "gc.end",
    tid: t.ident,
    generation: r.generation,
    collected: r.collected,
    uncollectable: r.uncollectable,
    finalized: r.finalized,
    countBefore: r.countBefore,
    countAfter: r.countAfter,
    ticks: Math.max(0, obs.totalTicks() - r.startTicks),
    ms: hostMs() - r.startMs,
  });
}
