/**
 * The GIL and the scheduler (see docs/internals/threads.md).
 *
 * One interpreter owns its threads; the scheduler runs one at a time — the one holding the GIL —
 * for a slice of at most `intervalTicks` instructions (CPython's switch interval, counted in
 * instructions so runs are deterministic). A thread gives the GIL up when its slice ends, when
 * it blocks (a native yielded a BlockRequest: lock, sleep, join, host I/O) or when it finishes.
 * The next thread is chosen by the policy among the threads that can run: those not blocked,
 * and those whose wait is ready or has timed out. When none can run, the clock jumps to the
 * earliest deadline (virtual time), the host is awaited (I/O), or the run is a deadlock.
 *
 * The cost of a decision does not grow with the number of blocked threads: runnable threads
 * are kept in a run set, blocked ones are parked — on their lock (which wakes them when it is
 * released), in a deadline heap (sleeps and timeouts), or in a short list polled each step
 * (host I/O and waits that cannot say when they become ready).
 */
import type { PyValue } from "../objects/core.js";
import { InternalError } from "../objects/core.js";
import type { Host } from "./host.js";
import { Mode, RunStatus, run } from "./eval.js";
import type { InterpClock, TickSource } from "./sched-clock.js";
import { TICK_NS, blockHost, realClock, virtualClock } from "./sched-clock.js";
import { describeDeadlock } from "./deadlock.js";
import { deliverSignals } from "./signals.js";
import type { Thread } from "./thread.js";
import type { Policy, PolicyName } from "./sched-policy.js";
import { makePolicy } from "./sched-policy.js";
import type { Wait } from "../objects/suspend.js";
import { DeadlineHeap } from "./deadline-heap.js";
import { LockOrder } from "./lock-order.js";
import type { Bus } from "../observe/bus.js";
import { emitChosen, emitReleased, emitStart } from "../observe/sched-events.js";

export type { Policy, PolicyName } from "./sched-policy.js";

/** Where a running thread may be preempted when its interval runs out. */
export type SwitchPoints = "eval-breaker" | "any";

export interface SchedulerOptions {
  /** Host clocks and real waiting instead of the virtual clock. */
  readonly realTime?: boolean;
  /** Default eval-breaker: only where CPython 3.11 checks its eval breaker. */
  readonly switchPoints?: SwitchPoints;
  /** The seed of the random and PCT policies; alone, it selects the random policy. */
  readonly seed?: number;
  /** Which runnable thread runs next (default: round-robin, or random when a seed is given). */
  readonly policyName?: PolicyName;
  /** PCT's depth d (d − 1 priority-change points; default 3). */
  readonly pctDepth?: number;
  /** PCT's estimate of the number of decisions in a run (default 100). */
  readonly pctSteps?: number;
  /**
   * How the switch interval is measured: in instructions at the virtual cost of one (the
   * default, deterministic) or on the host's clock, as CPython measures its 5 ms.
   */
  readonly switchInterval?: "ticks" | "wall";
  /** Keep a lock-order graph over the run and report inversions (potential deadlocks). */
  readonly lockOrderCheck?: boolean;
  /** Where the run's events go (src/observe): the trace, the recorder, the CLI. */
  readonly observer?: Bus;
  /** Chooses instead of the named policy (a replayed recording). */
  readonly policy?: Policy;
}

/** How long (real milliseconds) a virtual-clock run awaits host work under way before deadlines pass. */
const HOST_STALL_MS = 2000;

/**
 * A wait that can tell the scheduler when it may have become ready, so the thread need not be
 * polled: a lock wait calls `wake` when its lock is released; a sleep never does (its deadline
 * heap entry wakes it).
 */
export interface WakingWait extends Wait {
  subscribe(wake: () => void): void;
}

function isWaking(w: Wait): w is WakingWait {
  return typeof (w as Partial<WakingWait>).subscribe === "function";
}

/** How often (real milliseconds) a computing run lets the host deliver signals (pollHost). */
const HOST_POLL_MS = 50;

/**
 * Resolves after one turn of the host's event loop: setImmediate where the host has it (Node:
 * right after the poll phase, which delivers signals, without a timer's millisecond), else a
 * zero timeout (browsers).
 */
function hostTurn(resolve: () => void): void {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (immediate !== undefined) immediate(resolve);
  else setTimeout(resolve, 0);
}

/** CPython's default switch interval, 5 ms (sys.getswitchinterval()). */
export const DEFAULT_SWITCH_INTERVAL = 0.005;

/** Thrown out of the scheduler when no thread can ever run again; the report is in `report`. */
export class DeadlockError extends Error {
  constructor(readonly report: string) {
    super("deadlock");
  }
}

/** The exit status of a run that ended in a deadlock (documented in the README). */
export const DEADLOCK_EXIT_CODE = 3;

/** Instructions between two reads of the host clock under --switch-interval=wall. */
const WALL_PIECE_TICKS = 2000;

/** What one scheduling step did. */
const enum Step {
  RAN,
  TARGET_DONE,
  /** Every thread waits on host I/O: the caller must await `hostWaits()`. */
  HOST,
}

export class Scheduler implements TickSource {
  /** Live threads in creation order (the running one included). */
  readonly threads: Thread[] = [];
  /** Threads that may be able to run: not blocked, or woken; confirmed by canRun at each step. */
  private readonly runSet = new Set<Thread>();
  /** Blocked threads whose waits must be asked each step (host I/O, waits that cannot wake). */
  private readonly polled = new Set<Thread>();
  /** Deadlines of blocked threads (sleeps and timeouts). */
  private readonly deadlines = new DeadlineHeap();
  /** Registered threads, for add's membership test. */
  private readonly known = new Set<Thread>();
  /** The lock-order graph of --lock-order-check, or null. */
  readonly lockOrder: LockOrder | null;
  /** The thread holding the GIL (running, or the last one that ran). */
  current: Thread | null = null;
  readonly clock: InterpClock;
  readonly switchPoints: SwitchPoints;
  policy: Policy;
  /** The ident of the thread chosen at each decision that had more than one candidate. */
  readonly decisions: number[] = [];
  /** Instructions per slice: the switch interval divided by the cost of an instruction. */
  intervalTicks: number;
  /** The switch interval in seconds, as sys.setswitchinterval set it. */
  private interval = DEFAULT_SWITCH_INTERVAL;
  private elapsed = 0;
  private ticks = 0;
  private sliceBudget = 0;
  private running: Thread | null = null;
  private active = false;
  private readonly wallInterval: boolean;
  /** Awaiting host work that was under way timed out: let the next deadline pass. */
  private hostStalled = false;
  /** _thread.interrupt_main() was called: the main thread gets KeyboardInterrupt when it next runs. */
  private interruptPending = false;
  /** pollHost() was called: give the host a turn now and then (signals). */
  private polling = false;
  private nextPoll = 0;
  /** runUntilAsync is running: the host can be awaited. */
  private awaiting = false;
  /** Resolves the promise awaitHost races against, when a signal arrives. */
  private wake: (() => void) | null = null;
  /** The run's event bus, or null when nobody observes it (each emission site tests this). */
  readonly obs: Bus | null;

  constructor(
    private readonly host: Host,
    options: SchedulerOptions = {},
  ) {
    this.clock = options.realTime ? realClock(host) : virtualClock(host, this);
    this.switchPoints = options.switchPoints ?? "eval-breaker";
    this.policy = options.policy ?? makePolicy({ ...options, policy: options.policyName });
    this.intervalTicks = ticksFor(this.interval);
    this.wallInterval = options.switchInterval === "wall";
    this.lockOrder = options.lockOrderCheck ? new LockOrder() : null;
    this.obs = options.observer ?? null;
    if (this.obs !== null) this.obs.bind(this.clock, this);
  }

  // ---- TickSource: what the virtual clock reads ----

  /** Ticks the running thread has executed in its current slice. */
  private inFlight(): number {
    const t = this.running;
    return t === null ? 0 : Math.max(0, this.sliceBudget - t.budget);
  }

  elapsedNs(): number {
    return this.elapsed + this.inFlight() * TICK_NS;
  }

  totalTicks(): number {
    return this.ticks + this.inFlight();
  }

  threadTicks(): number {
    const t = this.running ?? this.current;
    return t === null ? 0 : t.ticks + this.inFlight();
  }

  // ---- the switch interval ----

  get switchInterval(): number {
    return this.interval;
  }

  set switchInterval(seconds: number) {
    this.interval = seconds;
    this.intervalTicks = ticksFor(seconds);
  }

  /** _thread.interrupt_main(): as a SIGINT would, interrupts the main thread (even a blocked one). */
  interruptMain(): void {
    this.interruptPending = true;
    const main = this.threads.find((t) => t.interp.mainThread === t);
    if (main !== undefined) this.runSet.add(main);
    // The eval breaker: the running thread's slice ends after the current call.
    if (this.running !== null) this.running.breakSlice = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * The host delivers signals (signals.ts): a run that computes gives the host's event loop a
   * turn every HOST_POLL_MS, and real-time sleeps are awaited (not blocked on) so that a signal
   * can end them.
   */
  pollHost(): void {
    this.polling = true;
    this.nextPoll = Date.now() + HOST_POLL_MS;
  }

  /** Registers a new thread; it runs when the policy chooses it. */
  add(t: Thread): void {
    t.breakerOnly = this.switchPoints === "eval-breaker";
    if (this.known.has(t)) return;
    this.known.add(t);
    this.threads.push(t);
    this.runSet.add(t);
    if (this.obs !== null) emitStart(this.obs, t, this.current);
  }

  /**
   * Runs the threads until `target` finishes (its frame stack empties). Host I/O cannot be
   * awaited here: a run where every thread waits on the host is reported as an internal error
   * (use runUntilAsync).
   */
  runUntil(target: Thread): void {
    if (this.active) {
      // Nested use (an exit-time helper while the loop runs): only the target runs.
      runAlone(target);
      return;
    }
    this.add(target);
    this.active = true;
    try {
      for (;;) {
        const s = this.step(target);
        if (s === Step.TARGET_DONE) return;
        if (s === Step.HOST) throw new InternalError("every thread waits on host I/O in a synchronous run");
      }
    } finally {
      this.active = false;
    }
  }

  /** runUntil, awaiting the host whenever every thread waits on host I/O. */
  async runUntilAsync(target: Thread): Promise<void> {
    if (this.active) throw new InternalError("scheduler re-entered");
    this.add(target);
    this.active = true;
    this.awaiting = true;
    try {
      for (;;) {
        const s = this.step(target);
        if (s === Step.TARGET_DONE) return;
        if (s === Step.HOST) await this.awaitHost();
        else if (this.polling && Date.now() >= this.nextPoll) {
          // A turn of the host's event loop, where a signal is delivered.
          await new Promise<void>(hostTurn);
          this.nextPoll = Date.now() + HOST_POLL_MS;
        }
      }
    } finally {
      this.active = false;
      this.awaiting = false;
    }
  }

  /**
   * Awaits the first host promise to settle, or the earliest deadline (real time). In virtual
   * time the host is awaited only while it has work under way (hostSoon); if that stalls for
   * HOST_STALL_MS, deadlines are let pass once rather than waiting for ever.
   */
  private async awaitHost(): Promise<void> {
    const deadline = this.deadlines.earliest();
    const woken = this.polling ? [new Promise<void>((resolve) => (this.wake = resolve))] : [];
    if (deadline === Infinity) {
      await Promise.race([...this.hostWaits(), ...woken]);
      return;
    }
    const ms = this.clock.virtual
      ? HOST_STALL_MS
      : Math.max(0, Math.ceil((deadline - this.clock.monotonic()) * 1000));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = await Promise.race([
      ...this.hostWaits().map((p) => p.then(() => false)),
      ...woken.map((p) => p.then(() => false)),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms))),
    ]);
    clearTimeout(timer);
    if (timedOut && this.clock.virtual) this.hostStalled = true;
  }

  /** Does some blocked thread wait on host work that is under way (Wait.hostSoon)? */
  private hostSoon(): boolean {
    if (this.hostStalled) {
      this.hostStalled = false;
      return false;
    }
    for (const t of this.polled) if (t.wait?.hostSoon?.() === true) return true;
    return false;
  }

  /** The host promises blocked threads wait on. */
  hostWaits(): Promise<unknown>[] {
    const out: Promise<unknown>[] = [];
    for (const t of this.polled) if (t.wait?.host) out.push(t.wait.host);
    return out;
  }

  /** Can `t` run now: not blocked, or its wait is ready or has timed out. */
  private canRun(t: Thread, now: number): boolean {
    const w = t.wait;
    if (w === null) return true;
    if (this.interruptPending && t === t.interp.mainThread) return true;
    return w.ready() || t.waitDeadline <= now;
  }

  /**
   * The threads that can run now, in creation order: the run set, the polled waits that are
   * ready, and the waits whose deadline has passed. A woken thread whose wait is not ready after
   * all (its lock was taken again first) is parked again.
   */
  private runnable(now: number): Thread[] {
    for (;;) {
      const e = this.deadlines.peek();
      if (e === undefined || e.deadline > now) break;
      this.deadlines.pop();
      if (e.thread.wait === e.wait) this.runSet.add(e.thread);
    }
    for (const t of this.polled) {
      if (this.canRun(t, now)) {
        this.polled.delete(t);
        this.runSet.add(t);
      }
    }
    const out: Thread[] = [];
    for (const t of this.runSet) {
      if (this.canRun(t, now)) out.push(t);
      else {
        this.runSet.delete(t);
        this.park(t);
      }
    }
    if (out.length > 1) out.sort((a, b) => a.ident - b.ident);
    return out;
  }

  /**
   * The one place where the next thread is chosen: the policy decides among several runnable
   * threads, and each such decision is recorded.
   */
  private decide(runnable: readonly Thread[]): Thread {
    if (runnable.length === 1) return runnable[0]!;
    const t = runnable[this.policy.choose(runnable, this.current)]!;
    this.decisions.push(t.ident);
    return t;
  }

  /** A thread blocked on `t.wait` leaves the run set until its wait may be ready or times out. */
  private park(t: Thread): void {
    const w = t.wait;
    if (w === null) {
      this.runSet.add(t);
      return;
    }
    if (t.waitDeadline !== Infinity) {
      this.deadlines.push(t.waitDeadline, t, w);
      if (this.deadlines.size > 2 * this.threads.length + 64) this.deadlines.compact();
    }
    if (isWaking(w)) {
      w.subscribe(() => {
        if (t.wait === w) this.runSet.add(t);
      });
      // Ready already (a lock released between the block and now): run it.
      if (w.ready()) this.runSet.add(t);
    } else if (w.ready()) {
      this.runSet.add(t);
    } else {
      this.polled.add(t);
    }
  }

  private step(target: Thread): Step {
    if (target.top === null) return Step.TARGET_DONE;
    const now = this.clock.monotonic();
    const runnable = this.runnable(now);
    if (runnable.length === 0) return this.idle();
    const t = this.decide(runnable);
    if (this.obs !== null) emitChosen(this.obs, t, runnable, this.interruptPending);
    this.current = t;
    const w = t.wait;
    if (this.interruptPending && t === t.interp.mainThread) {
      // The signal handlers run where the main thread stands (signals.ts).
      this.interruptPending = false;
      deliverSignals(t);
    } else if (w !== null) {
      t.wait = null;
      t.waitDeadline = Infinity;
      let answer: PyValue;
      if (w.ready()) answer = w.complete();
      else answer = w.timeoutValue;
      t.mode = Mode.VALUE;
      t.value = answer;
    }
    this.runSlice(t);
    if (t.top === null) {
      this.finished(t);
      if (t === target) return Step.TARGET_DONE;
    } else if (t.wait !== null) {
      this.runSet.delete(t);
      this.park(t);
    }
    return Step.RAN;
  }

  private runSlice(t: Thread): void {
    let status: RunStatus;
    if (this.wallInterval) {
      // The interval is host time: run in short pieces until it has passed (each piece ends at
      // a switch point, so stopping after any of them is a legal preemption).
      const start = this.host.monotonic();
      do status = this.runTicks(t, WALL_PIECE_TICKS);
      while (status === RunStatus.BUDGET && this.host.monotonic() - start < this.interval);
    } else {
      status = this.runTicks(t, this.intervalTicks);
    }
    if (status === RunStatus.BLOCKED) {
      const w = t.wait;
      if (w === null) throw new InternalError("thread blocked without a wait");
      t.waitDeadline = w.deadline;
    }
    if (this.obs !== null) emitReleased(this.obs, t, status === RunStatus.BLOCKED);
  }

  /** Runs t for at most `budget` instructions, counting them on the clocks. */
  private runTicks(t: Thread, budget: number): RunStatus {
    this.running = t;
    this.sliceBudget = budget;
    try {
      return run(t, budget);
    } finally {
      const used = Math.max(0, budget - t.budget);
      this.running = null;
      t.ticks += used;
      this.ticks += used;
      this.elapsed += used * TICK_NS;
    }
  }

  /** No thread can run: jump to (or wait for) the earliest deadline, await the host, or report a deadlock. */
  private idle(): Step {
    const deadline = this.deadlines.earliest();
    if (deadline !== Infinity) {
      const now = this.clock.monotonic();
      // Host work that will settle (real time: any host work) comes before the deadline.
      if (this.hostWaits().length > 0 && (!this.clock.virtual || this.hostSoon())) return Step.HOST;
      if (this.clock.virtual) {
        this.elapsed += Math.max(0, Math.ceil((deadline - now) * 1e9));
      } else if (this.polling && this.awaiting) {
        // Awaited, so that a signal can cut the wait short (awaitHost races the deadline).
        return Step.HOST;
      } else {
        blockHost(deadline - now);
      }
      return Step.RAN;
    }
    if (this.hostWaits().length > 0) return Step.HOST;
    throw new DeadlockError(describeDeadlock(this.threads));
  }

  /** A thread's stack emptied: it ends (its sentinels are released, its locals dropped). */
  private finished(t: Thread): void {
    const i = this.threads.indexOf(t);
    if (i >= 0) this.threads.splice(i, 1);
    this.known.delete(t);
    this.runSet.delete(t);
    if (this.obs !== null) this.obs.emit({ kind: "thread.finish", tid: t.ident });
    this.polled.delete(t);
    // The main thread's state lives on until finalization (threading._shutdown releases its
    // sentinel itself), as in CPython.
    if (t === t.interp.mainThread) return;
    const hooks = t.onExit.splice(0);
    for (const h of hooks) h();
  }
}

/** Runs one thread alone until its stack empties (no other thread may run). */
function runAlone(t: Thread): void {
  for (;;) {
    const s = run(t, 1 << 20);
    if (s === RunStatus.DONE) return;
    if (s === RunStatus.BLOCKED) {
      const w = t.wait!;
      t.wait = null;
      if (!w.ready()) throw new InternalError("a blocking wait outside the scheduler");
      t.mode = Mode.VALUE;
      t.value = w.complete();
    }
  }
}

function ticksFor(seconds: number): number {
  return Math.max(1, Math.round((seconds * 1e9) / TICK_NS));
}
