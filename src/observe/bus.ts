/**
 * The event bus: one per interpreter run, given in SchedulerOptions.observer. Emitters hold it
 * as `Bus | null` and test for null before building an event, so a run nobody observes pays one
 * null check per emission site and builds nothing.
 */
import type { InterpClock, TickSource } from "../vm/sched-clock.js";
import type { Listener, ObsEvent, ReleaseReason, Stamped } from "./events.js";

export class Bus {
  private readonly listeners: Listener[] = [];
  private clock: InterpClock | null = null;
  private ticks: TickSource | null = null;
  private origin = 0;
  private lastNs = 0;
  /** Why the last thread to run gave the GIL up (for the next scheduling decision). */
  lastRelease: ReleaseReason | null = null;

  private readonly ids = new WeakMap<object, number>();
  private readonly lockIds = new WeakMap<object, number>();
  private nextId = 1;
  private nextLock = 1;

  /**
   * A number for an object (an asyncio Task), given in order of first use within the run, so
   * that a run repeats it even when the process has run other programs before (addresses would not).
   */
  idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(o, id);
    }
    return id;
  }

  /** A lock's number within the run, as idOf (locks are numbered apart from tasks). */
  lockNumber(o: object): number {
    let id = this.lockIds.get(o);
    if (id === undefined) {
      id = this.nextLock++;
      this.lockIds.set(o, id);
    }
    return id;
  }

  /**
   * True when some listener wants the frequent events too: lock traffic and asyncio task steps.
   * Their emitters test it (after the null check), so a listener that only needs threads and
   * scheduling decisions costs a run little.
   */
  detailed = false;

  /** Adds a listener; it sees every event from then on, in order (lock and task events only if `detailed`). */
  listen(l: Listener, options: { readonly detailed?: boolean } = {}): void {
    this.listeners.push(l);
    if (options.detailed === true) this.detailed = true;
  }

  /** Called by the scheduler that owns the run: events are stamped from its clock. */
  bind(clock: InterpClock, ticks: TickSource): void {
    this.clock = clock;
    this.ticks = ticks;
    this.origin = clock.virtual ? 0 : clock.monotonic();
  }

  /** Instructions run by all threads so far (0 before a scheduler is bound). */
  totalTicks(): number {
    return this.ticks === null ? 0 : this.ticks.totalTicks();
  }

  /** Interpreter-clock nanoseconds since the run began: virtual time, or the host's in real-time runs. */
  nowNs(): number {
    const c = this.clock;
    if (c === null || this.ticks === null) return 0;
    return c.virtual ? this.ticks.elapsedNs() : Math.round((c.monotonic() - this.origin) * 1e9);
  }

  emit(event: ObsEvent): void {
    // Never earlier than the last event: a clock read between two slices does not see the
    // instructions of the slice in flight that an earlier read inside it counted.
    const ns = Math.max(this.nowNs(), this.lastNs);
    this.lastNs = ns;
    const stamped: Stamped = { event, ns, ticks: this.totalTicks() };
    for (const l of this.listeners) l(stamped);
  }
}
