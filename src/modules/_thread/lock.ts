/**
 * _thread.lock and _thread.RLock (Modules/_threadmodule.c, 3.11). An uncontended acquire takes
 * the lock at once; a contended one blocks the thread through the scheduler (a BlockRequest with
 * a LockWait), releasing the GIL until the lock is free or the timeout passes.
 */
import type { PyType, PyValue } from "../../objects/core.js";
import { None, PyObject, defineBuiltinType, typeOf } from "../../objects/core.js";
import { overflowError, runtimeError, typeError } from "../../objects/exceptions.js";
import { clinicArgs, intValue, noKw, typeName } from "../../objects/helpers.js";
import { defineMethods, defineStatic } from "../../objects/native.js";
import { hexAddress } from "../../objects/object-type.js";
import { BlockRequest } from "../../objects/suspend.js";
import type { Gen, Wait } from "../../objects/suspend.js";
import { PyTuple } from "../../objects/tuple.js";
import { Frame } from "../../vm/frame.js";
import type { Thread } from "../../vm/thread.js";
import { LIB_DIR } from "../lib-files.js";
import { pyIdent } from "./ident.js";
import { acquireTimeout } from "./timeout.js";
import { lockName } from "../../observe/sched-events.js";

/** What a lock stands for at the Python level (_thread._pyglass_set_role). */
export interface LockRole {
  readonly kind: string;
  readonly text: string;
}

/** The state both lock kinds share: held or not, by whom (for reports), and its role. */
export abstract class PyLockBase extends PyObject {
  /** The lock is held (for an RLock: count > 0). */
  held = false;
  /** The thread that last took it (a plain Lock may be released by another thread). */
  holder: Thread | null = null;
  role: LockRole | null = null;
  /** Where the program created it ("prog.py:3"), for reports; null when unknown. */
  site: string | null = null;
  /** Wake-ups of the threads blocked on it (LockWait.subscribe), called when it is released. */
  waiters: (() => void)[] = [];
  /** How reports name it: its role, or its type, address and creation site. */
  describe(): string {
    if (this.role !== null) return `${this.role.kind} ${this.role.text}`;
    const name = `${this.type === lockType ? "Lock" : "RLock"} at ${hexAddress(this)}`;
    return this.site === null ? name : `${name} (created at ${this.site})`;
  }
}

/**
 * Where the program creates a lock: the innermost Python frame outside the bundled library (a
 * threading.Condition() made by the program is named by the program's line, not threading.py's).
 */
export function creationSite(t: Thread): string | null {
  let fallback: string | null = null;
  for (let f = t.top; f !== null; f = f.back) {
    if (!(f instanceof Frame)) continue;
    const site = `${f.code.filename}:${f.code.lineAt(f.lasti) ?? "?"}`;
    if (!f.code.filename.startsWith(LIB_DIR + "/")) return site;
    fallback ??= site;
  }
  return fallback;
}

export class PyLock extends PyLockBase {}

export class PyRLock extends PyLockBase {
  count = 0;
}

export const lockType = defineBuiltinType("lock", { subclassable: false, alloc: (t) => new PyLock(t) });
lockType.ns.set("__module__", "_thread");
lockType.hasDict = false;

export const rlockType = defineBuiltinType("RLock", { alloc: (t) => new PyRLock(t) });
rlockType.ns.set("__module__", "_thread");
rlockType.hasDict = false;

/** A thread waiting to take `lock`; on completion it holds it (an RLock with `count`). */
class LockWait implements Wait {
  readonly timeoutValue = false;
  readonly host = null;
  constructor(
    readonly lock: PyLockBase,
    readonly thread: Thread,
    readonly deadline: number,
    private readonly count: number,
  ) {}
  get resource(): object {
    return this.lock;
  }
  /** The scheduler parks the thread until the lock is released (releaseLock calls `wake`). */
  subscribe(wake: () => void): void {
    this.lock.waiters.push(wake);
  }
  ready(): boolean {
    return !this.lock.held;
  }
  complete(): PyValue {
    take(this.lock, this.thread, this.count);
    return true;
  }
  describe(): string {
    return this.lock.describe();
  }
  heldBy(): Thread | null {
    return this.lock.holder;
  }
}

function take(lock: PyLockBase, t: Thread, count: number): void {
  lock.held = true;
  lock.holder = t;
  if (lock instanceof PyRLock) lock.count = count;
  t.interp.scheduler.lockOrder?.acquired(t, lock);
}

/**
 * Takes `lock` for thread t, waiting up to `timeout` seconds (0: a try, Infinity: forever).
 * Answers whether it was taken.
 */
export function* acquireLock(t: Thread, lock: PyLockBase, timeout: number, count = 1): Gen<boolean> {
  const obs = t.interp.scheduler.obs;
  if (!lock.held) {
    take(lock, t, count);
    if (obs !== null && obs.detailed)
      obs.emit({ kind: "lock.acquire", tid: t.ident, lock: lockName(obs, lock) });
    return true;
  }
  if (timeout === 0) return false;
  t.interp.scheduler.lockOrder?.waiting(t, lock);
  const deadline = timeout === Infinity ? Infinity : t.interp.scheduler.clock.monotonic() + timeout;
  if (obs !== null && obs.detailed) obs.emit({ kind: "lock.wait", tid: t.ident, lock: lockName(obs, lock) });
  const taken = (yield new BlockRequest(new LockWait(lock, t, deadline, count))) === true;
  if (taken && obs !== null && obs.detailed)
    obs.emit({ kind: "lock.acquire", tid: t.ident, lock: lockName(obs, lock) });
  return taken;
}

/** Tells the run's observers that thread t released `lock`. */
function emitRelease(t: Thread, lock: PyLockBase): void {
  const obs = t.interp.scheduler.obs;
  if (obs !== null && obs.detailed)
    obs.emit({ kind: "lock.release", tid: t.ident, lock: lockName(obs, lock) });
}

/** Frees the lock and wakes the threads blocked on it (they compete at the next decision). */
export function releaseLock(lock: PyLockBase): void {
  const holder = lock.holder;
  lock.held = false;
  lock.holder = null;
  if (lock instanceof PyRLock) lock.count = 0;
  if (holder !== null) holder.interp.scheduler.lockOrder?.released(holder, lock);
  if (lock.waiters.length > 0) {
    const waiters = lock.waiters;
    lock.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** A new unlocked lock; `t` (the creating thread) gives its creation site for reports. */
export function newLock(t: Thread | null = null): PyLock {
  const lock = new PyLock(lockType);
  if (t !== null) lock.site = creationSite(t);
  return lock;
}

function asLock(v: PyValue): PyLock {
  if (v instanceof PyLock) return v;
  throw typeError(`descriptor requires a '_thread.lock' object but received '${typeName(v)}'`);
}

function asRLock(v: PyValue): PyRLock {
  if (v instanceof PyRLock) return v;
  throw typeError(`descriptor requires a '_thread.RLock' object but received '${typeName(v)}'`);
}

function* lockAcquire(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
): Gen<PyValue> {
  const lock = asLock(self);
  const timeout = acquireTimeout("acquire", args, kwnames);
  return yield* acquireLock(t, lock, timeout);
}

function lockRelease(t: Thread, self: PyValue, args: PyValue[]): PyValue {
  clinicArgs("release", args, 0, 0);
  const lock = asLock(self);
  if (!lock.held) throw runtimeError("release unlocked lock");
  releaseLock(lock);
  emitRelease(t, lock);
  return None;
}

function lockLocked(_t: Thread, self: PyValue): PyValue {
  return asLock(self).held;
}

defineStatic(lockType, {
  __new__: () => {
    throw typeError("cannot create '_thread.lock' instances");
  },
});

defineMethods(lockType, {
  acquire: { gen: lockAcquire },
  acquire_lock: { gen: lockAcquire },
  __enter__: { gen: lockAcquire },
  release: lockRelease,
  release_lock: lockRelease,
  __exit__: (t, self) => lockRelease(t, self, []),
  locked: lockLocked,
  locked_lock: lockLocked,
  _at_fork_reinit: (_t, self) => {
    releaseLock(asLock(self));
    return None;
  },
  __repr__: (_t, self) => {
    const lock = asLock(self);
    return `<${lock.held ? "locked" : "unlocked"} _thread.lock object at ${hexAddress(lock)}>`;
  },
});

// ---- RLock (rlockobject) ----

function rlockOwnedBy(r: PyRLock, t: Thread): boolean {
  return r.count > 0 && r.holder === t;
}

defineStatic(rlockType, {
  __new__: (t, _s, args) => {
    const cls = args[0] as PyType;
    const r = cls.alloc(cls);
    if (r instanceof PyRLock) r.site = creationSite(t);
    return r;
  },
});

defineMethods(rlockType, {
  acquire: { gen: rlockAcquire },
  __enter__: { gen: rlockAcquire },
  release: (t, self, args) => {
    clinicArgs("release", args, 0, 0);
    rlockRelease(t, asRLock(self));
    return None;
  },
  __exit__: (t, self) => {
    rlockRelease(t, asRLock(self));
    return None;
  },
  _is_owned: (t, self) => rlockOwnedBy(asRLock(self), t),
  _recursion_count: (t, self) => {
    const r = asRLock(self);
    return rlockOwnedBy(r, t) ? r.count : 0;
  },
  _release_save: (t, self) => {
    const r = asRLock(self);
    if (r.count === 0) throw runtimeError("cannot release un-acquired lock");
    const state = new PyTuple([r.count, r.holder === null ? 0 : pyIdent(r.holder)]);
    releaseLock(r);
    emitRelease(t, r);
    return state;
  },
  _acquire_restore: {
    gen: function* (t, self, args, kwnames) {
      noKw("_acquire_restore", kwnames);
      clinicArgs("_acquire_restore", args, 1, 1);
      const r = asRLock(self);
      const state = args[0]!;
      if (!(state instanceof PyTuple) || state.items.length !== 2) {
        throw typeError(`_acquire_restore() argument 1 must be 2-item sequence, not ${typeName(state)}`);
      }
      const count = intValue(state.items[0]!);
      if (count === undefined) throw typeError("an integer is required");
      // The owner recorded by _release_save is this thread (Condition.wait restores its own).
      yield* acquireLock(t, r, Infinity, Number(count));
      return None;
    },
  },
  _at_fork_reinit: (_t, self) => {
    releaseLock(asRLock(self));
    return None;
  },
  __repr__: (_t, self) => {
    const r = asRLock(self);
    const name = typeOf(r) === rlockType ? "_thread.RLock" : typeOf(r).name;
    const owner = r.count > 0 && r.holder !== null ? pyIdent(r.holder) : 0;
    return `<${r.count > 0 ? "locked" : "unlocked"} ${name} object owner=${owner} count=${r.count} at ${hexAddress(r)}>`;
  },
});

function* rlockAcquire(
  t: Thread,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
): Gen<PyValue> {
  const r = asRLock(self);
  const timeout = acquireTimeout("acquire", args, kwnames);
  if (rlockOwnedBy(r, t)) {
    if (r.count >= 0xffffffff) throw overflowError("Internal lock count overflowed");
    r.count++;
    return true;
  }
  return yield* acquireLock(t, r, timeout);
}

function rlockRelease(t: Thread, r: PyRLock): void {
  if (!rlockOwnedBy(r, t)) throw runtimeError("cannot release un-acquired lock");
  if (--r.count === 0) {
    releaseLock(r);
    emitRelease(t, r);
  }
}
