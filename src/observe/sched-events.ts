/**
 * What the scheduler emits, built here so that the scheduler's own code carries one call per
 * site (each behind a null check of its bus).
 */
import { PyDict, fastKeyOf } from "../objects/dict.js";
import { PyObject } from "../objects/core.js";
import { PyModule } from "../objects/misc.js";
import type { Wait } from "../objects/suspend.js";
import { PyLockBase, PyRLock } from "../modules/_thread/lock.js";
import { pyIdent } from "../modules/_thread/ident.js";
import type { Thread } from "../vm/thread.js";
import type { Bus } from "./bus.js";
import type { ReleaseReason, WaitKind, WakeReason } from "./events.js";

/**
 * How events name a lock: its role ("condition Condition.wait", "join Thread-1"), or "Lock 3" /
 * "RLock 4", numbered within the run (deadlock reports use the address, which is not the same
 * from one run in a process to the next).
 */
export function lockName(bus: Bus, lock: PyLockBase): string {
  if (lock.role !== null) return `${lock.role.kind} ${lock.role.text}`;
  return `${lock instanceof PyRLock ? "RLock" : "Lock"} ${bus.lockNumber(lock)}`;
}

/** What kind of thing a wait is for: a lock's role, a plain lock, or a sleep, a GIL yield, host I/O. */
export function waitKind(w: Wait): WaitKind {
  const r = w.resource;
  if (r instanceof PyLockBase) {
    if (r.role !== null) return r.role.kind as WaitKind;
    return r instanceof PyRLock ? "rlock" : "lock";
  }
  if (w.host !== null) return "io";
  // sleep(0) waits for nothing and has no deadline; a sleep has one.
  return w.deadline === Infinity ? "yield" : "sleep";
}

/**
 * The thread's Python name: its Thread.name while threading lists it in `_active` (read without
 * running Python code), "MainThread" for the main thread; null when not known yet.
 */
export function pythonName(t: Thread): string | null {
  if (t.name !== "") return t.name;
  const threading = t.interp.modules.getStr("threading");
  const active = threading instanceof PyModule ? threading.dict!.getStr("_active") : undefined;
  if (!(active instanceof PyDict)) return null;
  // A lookup by the ident's fast key, not a scan: this runs at every GIL hand-off.
  const fk = fastKeyOf(pyIdent(t));
  const v = fk === undefined ? undefined : active.getFast(fk);
  if (v instanceof PyObject && v.dict !== null) {
    const name = v.dict.getStr("_name");
    if (typeof name === "string") return name;
  }
  return null;
}

/** A thread joined the scheduler; `creator` is the thread that ran last (null for the main thread). */
export function emitStart(bus: Bus, t: Thread, creator: Thread | null): void {
  bus.emit({ kind: "thread.start", tid: t.ident, parent: creator === null ? null : creator.ident });
}

/**
 * The scheduler chose `t` among `runnable` and gives it the GIL; `interruptPending`: the main
 * thread is to be woken by interrupt_main.
 */
export function emitChosen(
  bus: Bus,
  t: Thread,
  runnable: readonly Thread[],
  interruptPending: boolean,
): void {
  const interrupted = interruptPending && t === t.interp.mainThread;
  if (runnable.length > 1) {
    bus.emit({
      kind: "sched.decision",
      chosen: t.ident,
      runnable: runnable.map((r) => r.ident),
      after: bus.lastRelease,
    });
  }
  const w = t.wait;
  let woke: WakeReason | null = null;
  if (interrupted) woke = "interrupt";
  else if (w !== null) woke = w.ready() ? "ready" : "timeout";
  // Reading the name scans threading._active: only a detailed listener (the trace) needs it.
  const name = bus.detailed ? pythonName(t) : null;
  bus.emit({ kind: "gil.acquire", tid: t.ident, name, woke });
}

/** `t`'s slice ended: it blocked (t.wait set), finished (stack empty), or its interval ran out. */
export function emitReleased(bus: Bus, t: Thread, blocked: boolean): void {
  let reason: ReleaseReason;
  const w = t.wait;
  if (blocked && w !== null) {
    const kind = waitKind(w);
    reason = kind === "yield" ? "yield" : "blocked";
    if (reason === "blocked") {
      const r = w.resource;
      const what = r instanceof PyLockBase ? lockName(bus, r) : w.describe();
      bus.emit({ kind: "thread.block", tid: t.ident, wait: kind, what });
    }
  } else {
    reason = t.top === null ? "finished" : "interval";
  }
  bus.lastRelease = reason;
  bus.emit({ kind: "gil.release", tid: t.ident, reason });
}
