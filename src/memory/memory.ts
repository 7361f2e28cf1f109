/**
 * An interpreter's memory manager: decides when Python sees an object die (docs/internals/
 * memory.md). JavaScript's GC reclaims memory; this decides the moments of `__del__`,
 * generator finalization, weakref callbacks and gc.collect()'s counts, to match CPython's.
 *
 * Liveness is established by a census (census.ts) at instruction boundaries while the program
 * has objects whose death it can observe ("watched": instances of classes with __del__,
 * generators suspended where close() runs code, referents of weak references). Objects that
 * became unreachable and sit on no cycle are the ones CPython's reference counting freed during
 * the instruction that dropped their last reference; their finalizers run before the next
 * instruction, in the order CPython's dealloc cascade reaches them. Unreachable objects on
 * cycles wait for the collector (gc.collect(), automatic collections, interpreter exit).
 */
import type { PyValue } from "../objects/core.js";
import { None, PyObject, PyType, bytesType, setAllocHook, tupleType } from "../objects/core.js";
import { PyBaseException } from "../objects/exceptions.js";
import { PyDict } from "../objects/dict.js";
import { PyFloat } from "../objects/float.js";
import { PyCode } from "../objects/code.js";
import { GenState, PyGenerator } from "../objects/generator.js";
import { callMethod } from "../objects/ops/call.js";
import { CallRequest, ResumeRequest } from "../objects/suspend.js";
import type { Gen } from "../objects/suspend.js";
import { PyTuple } from "../objects/tuple.js";
import { structSeqTracked } from "../objects/structseq.js";
import { PyList } from "../objects/list.js";
import { genClose } from "../objects/generator-methods.js";
import { Frame } from "../vm/frame.js";
import { NativeFrame } from "../vm/thread.js";
import type { Thread } from "../vm/thread.js";
import { classify, countReferences, freshStamp, liveOf, mark, markLive, setDead } from "./census.js";
import type { Live } from "./census.js";
import type { Deaths } from "./census.js";
import { isLeaf, referents } from "./traverse.js";
import { WeakRefs } from "./weakrefs.js";
import { writeUnraisable } from "./unraisable.js";
import { Witnesses } from "./witness.js";
import { GcOrder } from "./gc-order.js";
import { active, memoryDebug } from "./active.js";
import { StressChecks } from "./stress.js";
import { endReport, startReport } from "../observe/gc-events.js";
import { isCollected } from "./sizes.js";
import type { CollectReport } from "../observe/gc-events.js";

/** What the interpreter provides: its own references (sys.modules, builtins) and threads. */
export interface MemoryHost {
  roots(exiting: boolean): PyObject[];
  threads(): Iterable<Thread>;
}

/** gc.DEBUG_* flags (Modules/gcmodule.c). */
export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;

export class Memory {
  /** Objects whose death the program can observe, in registration (allocation) order. */
  readonly watched = new Set<PyObject>();
  /** Objects whose __del__ already ran (PEP 442: a finalizer runs once). */
  readonly finalized = new WeakSet<PyObject>();
  /** Reachable objects at the last census; null before the first. */
  alive: Live | null = null;
  /** Unreachable objects kept by cycles, waiting for the collector. */
  garbage = new Set<PyObject>();
  /** What the cyclic garbage references. */
  private readonly garbageHeld = new Set<PyObject>();
  /**
   * Cyclic garbage whose references are not in `garbageHeld` yet: added when a census needs
   * them (a collection usually empties the garbage first).
   */
  private garbageHeldPending: PyObject[] = [];
  /** Objects allocated since the last census, while allocations are being recorded. */
  young: PyObject[] = [];
  readonly weakrefs = new WeakRefs();
  /** Chains proving watched objects reachable: while they hold, no census is needed. */
  private readonly witnesses = new Witnesses();
  /** Censuses run (full heap marks), for tests and --gc-log. */
  censuses = 0;
  /** Single-step the eval loop with a checkpoint before each instruction. */
  observing = false;
  /** The program imported gc (or made a weakref): allocations are counted. */
  counting = false;
  enabled = true;
  threshold: [number, number, number] = [700, 10, 10];
  count: [number, number, number] = [0, 0, 0];
  debug = 0;
  /** gc.garbage, gc.callbacks: set by the gc module. */
  garbageList: PyList | null = null;
  collecting = false;
  collectRequested = false;
  /** Per generation: collections, collected, uncollectable (gc.get_stats()). */
  readonly stats = [
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
  ];
  /** Objects moved to the permanent generation by gc.freeze(). */
  readonly frozen = new Set<PyObject>();
  /** Called around collections with "start"/"stop" (gc.callbacks, DEBUG_*), set by the gc module. */
  onCollect: ((t: Thread, phase: "start" | "found" | "stop", r: CollectReport) => Gen<void>) | null = null;
  /** Objects allocated since the last collection (generation 0). */
  youngSinceCollect: PyObject[] = [];
  /** Allocation order, for the order of the finalizers at exit (gc-order.ts). */
  private readonly gcOrder = new GcOrder();
  private exitOrder: Map<PyObject, number> | null = null;
  /**
   * Generations 1 and 2's lists: what collections kept, in CPython's order (a collection
   * appends the survivors of the generations it walked, then what it resurrected or saved, to
   * the next one's tail). With `youngSinceCollect` (generation 0) they give the order a
   * collection walks its garbage in. Objects in no list (made before gc counted) are older:
   * at generation 2's head.
   */
  private gen1: PyObject[] = [];
  private gen2: PyObject[] = [];
  private readonly stampHook = (o: PyObject): void => this.gcOrder.stamp(o);
  private readonly hook = (o: PyObject): void => {
    if (this.observing) this.gcOrder.stamp(o);
    if (!isTrackedType(o)) {
      // A class is made before its flags say it is a heap type: its place is kept.
      if (o instanceof PyType) this.youngSinceCollect.push(o);
      return;
    }
    this.young.push(o);
    this.youngSinceCollect.push(o);
    if (++this.count[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0 && !this.collecting) {
      // The eval loop takes the checkpoint path at its next call (or slice end); gc's own
      // functions settle a pending collection first (settle()).
      this.collectRequested = true;
      this.observing = true;
    } else if (!this.observing && this.eager()) this.observing = true;
  };
  /**
   * Are collections visible as they happen (gc.callbacks, DEBUG_* output)? Then checkpoints
   * run at every instruction while gc counts allocations. Set by the gc module.
   */
  eager: () => boolean = () => false;

  /** Stress mode: a full census every `stress` instruction boundaries (0: off). */
  readonly stress = memoryDebug.stress;
  private stressTick = 0;
  /**
   * The reach of the last stress-checked census: what it reached was checked then. (A mark
   * since may have restamped some of it; those are checked again.)
   */
  private lastChecked: Live | null = null;
  private readonly stressChecks = this.stress > 0 ? new StressChecks() : null;

  constructor(private readonly host: MemoryHost) {}

  /** The allocation hook of this interpreter, installed while its code runs. */
  enter(): void {
    if (this.stress > 0 && !this.observing) this.startObserving();
    this.stressChecks?.newSlice();
    setAllocHook(this.counting ? this.hook : this.observing ? this.stampHook : null);
    active.watch = this.watchFn;
    active.watchExisting = this.watchExistingFn;
    active.inlineDict = this.counting ? this.uncountDict : null;
  }

  private readonly watchFn = (o: PyObject): void => this.watch(o);

  /** A class got a __del__: its live instances are watched from now on. */
  private readonly watchExistingFn = (cls: PyType): void => {
    const found: PyObject[] = [];
    for (const o of mark(this.roots(false)))
      if (!(o instanceof PyType) && o.type.isSubtype(cls)) found.push(o);
    for (const o of found) this.watch(o);
  };

  /** An instance's attribute dict was just made: 3.11 keeps it inline, not a counted allocation. */
  private readonly uncountDict = (): void => {
    if (this.count[0] > 0) this.count[0]--;
  };

  /** An object whose death is visible: the eval loop starts checking between instructions. */
  watch(o: PyObject): void {
    if (!this.observing) this.startObserving();
    this.watched.add(o);
  }

  /** A generator finished: its death is invisible now (unless weakly referenced). */
  unwatchGenerator(gen: PyObject): void {
    if (!this.watched.has(gen) || this.weakrefs.of(gen).length > 0) return;
    this.watched.delete(gen);
    this.maybeStopObserving();
  }

  /**
   * Nothing left to watch and no allocation counting: back to the fast loop. The next watched
   * object takes a fresh baseline.
   */
  maybeStopObserving(): void {
    if (this.watched.size > 0 || this.collectRequested || this.stress > 0) return;
    if (this.counting) {
      // Counting goes on without checkpoints: the census baseline stays.
      if (!this.eager()) this.observing = false;
      return;
    }
    if (this.garbage.size > 0) return;
    this.observing = false;
    this.alive = null;
    this.young = [];
  }

  /**
   * gc imported: count allocations from now on. Nothing is visible yet, so the eval loop
   * stays fast until a collection is due or something is watched.
   */
  startCounting(): void {
    if (this.alive === null) this.alive = markLive(this.roots(false));
    this.counting = true;
    setAllocHook(this.hook);
    active.inlineDict = this.uncountDict;
  }

  private startObserving(): void {
    this.observing = true;
    if (!this.counting) setAllocHook(this.stampHook);
    // The baseline: what is reachable now is alive (kept while counting: it is current).
    if (this.alive === null) this.alive = markLive(this.roots(false));
  }

  /**
   * A gc function is called with a collection pending (requested while the eval loop ran
   * without checkpoints): run it first, as CPython ran it at the allocation.
   */
  *settle(t: Thread): Gen<void> {
    if (!this.collectRequested || this.collecting) return;
    const d = this.census();
    this.collectRequested = false;
    if (d !== null && this.visible(d.freed)) yield* this.cascade(t, d);
    if (this.count[0] > this.threshold[0] && this.enabled && this.threshold[0] !== 0)
      yield* this.collectGenerations(t, true);
  }

  /** The objects the census starts from: the interpreter's, and each thread's stack. */
  roots(exiting: boolean): PyObject[] {
    const out = this.host.roots(exiting);
    if (exiting) return out;
    for (const t of this.host.threads()) {
      for (let f = t.top; f !== null; f = f.back) {
        if (f instanceof Frame) out.push(f);
        else {
          if (f.holds !== null) for (const o of f.holds) out.push(o);
          const req = f.pending;
          if (req instanceof CallRequest) {
            out.push(req.fn);
            for (const a of req.args) if (a instanceof PyObject) out.push(a);
          } else if (req instanceof ResumeRequest) {
            out.push(req.gen);
            if (req.value instanceof PyObject) out.push(req.value);
          }
        }
      }
      for (let e: typeof t.excInfo | null = t.excInfo; e !== null; e = e.previous)
        if (e.value !== null) out.push(e.value);
      // A value or exception in flight between two steps of the loop (stale while executing).
      if (t.mode !== 0) {
        if (t.value instanceof PyObject) out.push(t.value);
        if (t.stopValue instanceof PyObject) out.push(t.stopValue);
      }
    }
    return out;
  }

  /**
   * Finds the objects that died since the last census. Updates `alive` and `garbage`; returns
   * the freed objects (null when nothing died).
   */
  census(exiting = false): Deaths | null {
    this.censuses++;
    const parents = !exiting && this.watched.size > 0;
    const checks = exiting ? null : this.stressChecks;
    const deadReached: PyObject[] | null = checks !== null ? [] : null;
    const fresh: PyObject[] | null = checks !== null ? [] : null;
    const reach = markLive(this.roots(exiting), parents, deadReached, this.lastChecked, fresh);
    if (checks !== null) {
      this.lastChecked = reach;
      checks.afterMark(fresh!, new Set(deadReached));
    }
    const dead: PyObject[] = [];
    // Candidates met once are stamped `seen`.
    const seen = freshStamp();
    // Cyclic garbage stays garbage (its references cannot change): it is not classified
    // again, but what it holds hangs off a cycle when it dies (garbageHeld).
    const oldGarbage = this.garbage;
    const add = (o: PyObject): void => {
      const t = o.gcMark;
      // Dead before (or reached though declared dead), met already, or reached now.
      if (t < 0 || t === seen || reach.has(o)) return;
      if (oldGarbage.size > 0 && oldGarbage.has(o)) return;
      o.gcMark = seen;
      dead.push(o);
    };
    if (this.alive !== null) for (const o of this.alive.list) add(o);
    for (const o of this.young) add(o);
    for (const o of this.watched) add(o);
    // What held watched objects at the last boundary (allocated since the last census, so
    // perhaps not in `alive`).
    this.witnesses.lost(this.watched, reach, add);
    // In the order a walk at the last boundary would have met them (`alive` may be older).
    const ordered = this.witnesses.order(dead);
    if (parents) {
      this.witnesses.reset();
      for (const o of this.watched) if (reach.has(o)) this.witnesses.record(o, reach);
    }
    this.young = [];
    this.alive = reach;
    // Garbage reached again (saved by a finalizer) is garbage no more. A collection running
    // finalizers holds the set it collects: that one is left as it is.
    const kept = this.collecting ? new Set(oldGarbage) : oldGarbage;
    for (const o of oldGarbage) if (reach.has(o)) kept.delete(o);
    if (kept.size === 0) {
      this.garbageHeld.clear();
      this.garbageHeldPending = [];
    }
    this.garbage = kept;
    if (dead.length === 0) {
      this.pruneLists(reach, kept);
      return null;
    }
    let held: Set<PyObject> | null = null;
    if (kept.size > 0) {
      // The references of the garbage found since the last time they were needed.
      const buf: PyObject[] = [];
      for (const o of this.garbageHeldPending) {
        buf.length = 0;
        referents(o, buf);
        for (const r of buf) this.garbageHeld.add(r);
      }
      this.garbageHeldPending = [];
      if (this.garbageHeld.size > 0) held = this.garbageHeld;
    }
    const d = classify(ordered, reach, kept.size > 0 ? kept : null, held);
    for (const o of d.freed) setDead(o);
    for (const o of d.cyclic) {
      kept.add(o);
      this.garbageHeldPending.push(o);
    }
    this.pruneLists(reach, kept);
    // Deallocations lower the count; an instance's (inline) dict was never counted.
    let freedTracked = 0;
    for (const o of d.freed)
      if (isTrackedType(o)) {
        freedTracked++;
        if (o.type.isHeapType && o.dict !== null && !(o instanceof PyType) && d.freed.has(o.dict))
          freedTracked--;
      }
    this.count[0] = Math.max(0, this.count[0] - freedTracked);
    return d;
  }

  /**
   * What reference counting freed leaves generation 0's list (the cyclic garbage stays: it is
   * still on the collector's list). Done when the list has doubled since, so that a census
   * costs no more than before on a long list (gc disabled); the older lists lose their dead at
   * their collections. Dead objects on a list are harmless meanwhile: a collection takes only
   * the garbage from it, and keeps only the living.
   */
  private pruneLists(reach: Live, garbage: Set<PyObject>): void {
    if (this.youngSinceCollect.length < this.youngPruneAt) return;
    this.youngSinceCollect = this.youngSinceCollect.filter((o) => reach.has(o) || garbage.has(o));
    this.youngPruneAt = Math.max(1024, 2 * this.youngSinceCollect.length);
  }
  private youngPruneAt = 1024;

  /** Is any of these objects something whose death runs code or is visible? */
  private visible(objs: Iterable<PyObject>): boolean {
    for (const o of objs) if (this.watched.has(o)) return true;
    return false;
  }

  /**
   * Between two instructions of the top frame: returns the finalization work due now (as a
   * native to run before the next instruction), or null.
   */
  checkpoint(t: Thread): Gen<PyValue> | null {
    // Stress mode: only a pure instruction ran since the last census (stress.ts).
    if (this.stressChecks?.unchanged(t) === true && !this.collectRequested) return null;
    const stressed = this.stress > 0 && ++this.stressTick >= this.stress;
    if (!stressed && this.watched.size === 0 && !this.collectRequested) {
      this.maybeStopObserving();
      return null;
    }
    // Natives suspended on the stack hold references the census cannot see: wait for them.
    for (let f = t.top; f !== null; f = f.back) if (f instanceof NativeFrame && f.holds === null) return null;
    if (!stressed && !this.collectRequested && this.witnessesHold(t)) return null;
    this.stressTick = 0;
    const d = this.census();
    // Deaths since the last census lowered the count: the collection may not be due after all.
    if (this.collectRequested && this.count[0] <= this.threshold[0]) this.collectRequested = false;
    const freedVisible = d !== null && this.visible(d.freed);
    if (!freedVisible && !this.collectRequested) {
      if (stressed) this.stressChecks?.atBoundary(t);
      return null;
    }
    return this.checkpointWork(t, freedVisible ? d : null);
  }

  /** Does every watched object still have a chain of references from a root? */
  private witnessesHold(t: Thread): boolean {
    this.current = t;
    this.hostRoots = this.host.roots(false);
    return this.witnesses.allHold(this.watched, this.isRoot, this.near);
  }

  /** The thread at the checkpoint being decided, and the interpreter's own roots. */
  private current: Thread | null = null;
  private hostRoots: PyObject[] = [];

  private readonly isRoot = (o: PyObject): boolean => {
    if (o instanceof Frame) {
      for (let f = this.current?.top ?? null; f !== null; f = f.back) if (f === o) return true;
      for (const th of this.host.threads())
        if (th !== this.current) for (let f = th.top; f !== null; f = f.back) if (f === o) return true;
      return false;
    }
    return this.hostRoots.includes(o) || this.roots(false).includes(o);
  };

  private readonly near = (): { frames: Frame[]; roots: Set<PyObject> } => {
    const roots = this.roots(false);
    // The running thread's newest frames first: where a value just moved usually went.
    const frames: Frame[] = [];
    for (let f = this.current?.top ?? null; f !== null && frames.length < 4; f = f.back)
      if (f instanceof Frame) frames.push(f);
    for (const o of roots) if (o instanceof Frame && frames.length < 8) frames.push(o);
    return { frames, roots: new Set(roots) };
  };

  private *checkpointWork(t: Thread, d: Deaths | null): Gen<PyValue> {
    if (d !== null) yield* this.cascade(t, d);
    if (this.collectRequested) {
      this.collectRequested = false;
      // The census just run (and its cascade) is the collection's own.
      yield* this.collectGenerations(t, true);
    }
    return None;
  }

  /**
   * Runs what CPython's dealloc cascade runs for freed objects: from each root, an object's
   * finalizer, then its weakrefs' callbacks, then the objects it releases whose counts reach
   * zero, depth first in release order.
   */
  *cascade(t: Thread, d: Deaths): Gen<void> {
    const stack = d.roots.slice().reverse();
    const buf: PyObject[] = [];
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (this.watched.has(o)) {
        if (yield* this.finalizeOne(t, o, true)) {
          // Resurrected: it, and what it holds, live on (finalizeOne's mark is `alive`).
          const alive = this.alive;
          if (alive !== null) for (const f of d.freed) alive.revive(f);
          continue;
        }
        this.weakrefs.forget(o);
        yield* this.weakrefs.clear(t, this, o);
        this.watched.delete(o);
      }
      if (isLeaf(o)) continue;
      let members = d.edges.get(o);
      if (members === undefined) {
        buf.length = 0;
        referents(o, buf);
        members = buf;
      }
      const ready: PyObject[] = [];
      for (const r of members) {
        const c = d.inCount.get(r);
        if (c === undefined || !d.freed.has(r)) continue;
        d.inCount.set(r, c - 1);
        if (c - 1 === 0) ready.push(r);
      }
      for (let i = ready.length - 1; i >= 0; i--) stack.push(ready[i]!);
    }
  }

  /**
   * Runs o's finalizer (tp_finalize): __del__ once, or a suspended generator's close().
   * Returns true when __del__ resurrected the object (checked only when `checkResurrection`).
   */
  *finalizeOne(t: Thread, o: PyObject, checkResurrection: boolean): Gen<boolean> {
    if (o instanceof PyGenerator) {
      if (o.state === GenState.SUSPENDED && !this.finalized.has(o)) {
        this.finalized.add(o);
        try {
          yield* genClose(t, o);
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          yield* this.unraisable(t, e, o);
        }
      }
      return false;
    }
    const del = o.type.lookup("__del__");
    if (del === null || this.finalized.has(o)) return false;
    this.finalized.add(o);
    try {
      yield* callMethod(t, del, o, []);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      yield* this.unraisable(t, e, del);
    }
    if (!checkResurrection) return false;
    const reach = mark(this.roots(false));
    if (!reach.has(o)) return false;
    this.alive = liveOf(reach);
    return true;
  }

  /** PyErr_WriteUnraisable: reports exc through sys.unraisablehook (unraisable.ts). */
  *unraisable(t: Thread, exc: PyBaseException, obj: PyValue, errMsg: string | null = null): Gen<void> {
    yield* writeUnraisable(t, exc, obj, errMsg);
  }

  /** sys.getrefcount(o): references held by live objects, plus the argument's own. */
  refcount(o: PyObject): number {
    const reach = mark(this.roots(false));
    let n = countReferences(reach, o) + 1;
    for (const r of this.roots(false)) if (r === o && !(r instanceof Frame)) n++;
    return n;
  }

  /** Automatic collection: the oldest generation whose count exceeds its threshold. */
  *collectGenerations(t: Thread, censused = false): Gen<void> {
    let gen = 0;
    for (let i = 2; i >= 0; i--) {
      if (this.count[i]! > this.threshold[i]!) {
        gen = i;
        break;
      }
    }
    yield* this.collect(t, gen, false, censused);
  }

  /**
   * A collection (gc_collect_main): finds the cyclic garbage, clears weakrefs, runs finalizers
   * once (in the order the objects were allocated, as the collector's lists are), sets aside
   * what the finalizers resurrected, and frees the rest. Returns the number collected.
   */
  *collect(t: Thread, generation: number, exiting = false, censused = false): Gen<number> {
    if (this.collecting) return 0;
    this.collecting = true;
    const report = startReport(t, generation, this.count);
    try {
      if (this.onCollect !== null) yield* this.onCollect(t, "start", report);
      if (!censused) this.collectRequested = false;
      const d = censused ? null : this.census(exiting);
      if (d !== null && this.visible(d.freed)) yield* this.cascade(t, d);
      const frozenGarbage: PyObject[] = [];
      for (const o of this.frozen) if (this.garbage.delete(o)) frozenGarbage.push(o);
      // The garbage in the order of the collector's list (move_unreachable keeps it): the
      // weakref callbacks, DEBUG_COLLECTABLE's lines, the finalizers and gc.garbage follow it.
      const walked = this.walkedList(generation);
      const unreachable = this.orderGarbage(walked);
      let tracked = trackedOf(unreachable);
      let collected = tracked.length;
      report.collectable = tracked;
      // DEBUG_COLLECTABLE lists them all before any weakref callback or finalizer runs.
      if (this.onCollect !== null) yield* this.onCollect(t, "found", report);
      // Weak references to garbage are cleared before finalizers run (handle_weakrefs).
      if (!this.weakrefs.empty()) {
        for (const o of unreachable) this.weakrefs.forget(o);
        for (const o of unreachable)
          if (this.weakrefs.has(o)) yield* this.weakrefs.clear(t, this, o, unreachable);
      }
      let ran = false;
      const order = exiting ? this.exitOrder : null;
      let pending: PyObject[];
      // Garbage from before exit went to that first collection: it comes first.
      if (order !== null) {
        pending = [...this.watched];
        pending.sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
      } else {
        pending = [];
        for (const o of unreachable) if (this.watched.has(o)) pending.push(o);
      }
      for (const o of pending) {
        if (!unreachable.has(o)) continue;
        if (o instanceof PyGenerator ? o.state === GenState.SUSPENDED : o.type.lookup("__del__") !== null) {
          if (!this.finalized.has(o)) report.finalized++;
          ran = true;
        }
        yield* this.finalizeOne(t, o, false);
      }
      // Objects the collection leaves alive move to the tail of the next generation's list:
      // the resurrected (handle_resurrected_objects), then with DEBUG_SAVEALL the saved ones.
      const moved: PyObject[] = [];
      let resurrected = 0;
      if (ran) {
        const reach = markLive(this.roots(exiting));
        for (const o of [...unreachable])
          if (reach.has(o)) {
            unreachable.delete(o);
            moved.push(o);
            resurrected++;
          }
        this.alive = reach;
        // What a finalizer freed by reference counting (a generator's close() dropped the frame
        // that closed the cycle) left the collector's list then: only what is still on a cycle,
        // or held by one, is counted.
        const cyclic = new Set(classify([...unreachable], reach).cyclic);
        collected = countTracked(new Set([...unreachable].filter((o) => cyclic.has(o))));
        tracked = trackedOf(unreachable);
      }
      report.collectable = tracked;
      const saveAll = (this.debug & DEBUG_SAVEALL) !== 0 && this.garbageList !== null;
      if (saveAll) this.garbageList!.items.push(...report.collectable);
      for (const o of unreachable) {
        this.watched.delete(o);
        // Saved in gc.garbage, they live on (and may become garbage again).
        if (!saveAll) setDead(o);
        else {
          this.alive?.add(o);
          moved.push(o);
        }
      }
      this.garbage = new Set(frozenGarbage);
      // The survivors of the generations walked, then what the collection left alive, join the
      // next generation's tail.
      const live = this.alive;
      const back = resurrected > 0 ? new Set(moved.slice(0, resurrected)) : null;
      const survivors = walked.filter(
        (o) =>
          !unreachable.has(o) &&
          (back === null || !back.has(o)) &&
          ((live?.has(o) ?? false) || this.garbage.has(o)),
      );
      survivors.push(...moved);
      if (generation === 0) this.gen1.push(...survivors);
      else {
        if (generation === 2) this.gen2 = survivors;
        else this.gen2.push(...survivors);
        this.gen1 = [];
      }
      // The collector untracks the tuples it sees holding only atomic values: the young ones
      // (older ones were seen by an earlier collection), all at the first collection.
      const seenBefore = this.stats.some((st) => st.collections > 0);
      for (const o of seenBefore ? this.youngSinceCollect : (this.alive ?? []))
        if (
          o instanceof PyTuple &&
          o.type === tupleType &&
          (this.alive?.has(o) ?? false) &&
          o.items.every((v) => isAtomic(v))
        )
          untrackedTuples.add(o);
      this.garbageHeld.clear();
      this.garbageHeldPending = [];
      this.youngSinceCollect = [];
      this.youngPruneAt = 1024;
      this.count[0] = 0;
      if (generation < 2) this.count[generation + 1]!++;
      for (let i = 1; i <= generation; i++) this.count[i] = 0;
      const s = this.stats[generation]!;
      s.collections++;
      s.collected += collected;
      report.collected = collected;
      report.countAfter = [this.count[0], this.count[1], this.count[2]];
      if (this.onCollect !== null) yield* this.onCollect(t, "stop", report);
      endReport(t, report);
      return collected;
    } finally {
      this.collecting = false;
    }
  }

  /**
   * The list a collection of `generation` walks: its own with the younger ones merged onto its
   * tail (gc_collect_main: 2, then 0, then 1; or 1, then 0). Approximate: the reordering
   * move_unreachable gives the survivors it passes on, and dicts, which CPython tracks only once
   * they hold a container, are at their allocation.
   */
  private walkedList(generation: number): PyObject[] {
    if (generation === 0) return this.youngSinceCollect;
    if (generation === 1) return [...this.gen1, ...this.youngSinceCollect];
    return [...this.gen2, ...this.youngSinceCollect, ...this.gen1];
  }

  /**
   * The garbage, in the order of the list a collection walks (`walked`) when the order can be
   * seen — DEBUG_COLLECTABLE or DEBUG_SAVEALL set, weakrefs or finalizers that may run — and
   * as the census found it otherwise. Garbage in no list walked (an older generation's) comes
   * first: pyglass collects all cyclic garbage at every collection, where CPython would leave
   * an older generation's for a collection of its own.
   */
  private orderGarbage(walked: readonly PyObject[]): Set<PyObject> {
    const garbage = this.garbage;
    const seen =
      (this.debug & (DEBUG_COLLECTABLE | DEBUG_SAVEALL)) !== 0 ||
      !this.weakrefs.empty() ||
      this.watched.size > 0;
    if (!seen || garbage.size === 0) return garbage;
    const listed = new Set<PyObject>();
    for (let i = 0; i < walked.length; i++) {
      const o = walked[i]!;
      if (garbage.has(o)) listed.add(o);
    }
    if (listed.size === garbage.size) return listed;
    const out = new Set<PyObject>();
    for (const o of garbage) if (!listed.has(o)) out.add(o);
    for (const o of listed) out.add(o);
    return out;
  }

  /** Live tracked objects (gc.get_objects): all, or those of one generation. */
  objects(generation: number | null): PyObject[] {
    this.census();
    const young = new Set(this.youngSinceCollect);
    const out: PyObject[] = [];
    for (const o of this.alive ?? []) {
      if (this.frozen.has(o)) continue;
      if (generation === null || (generation === 0) === young.has(o) || generation === 2) {
        if (generation === 2 && young.has(o)) continue;
        out.push(o);
      }
    }
    return generation === 1 ? [] : out;
  }

  /** Tracked objects per generation, as DEBUG_STATS prints them. */
  generationSizes(): number[] {
    return [this.count[0], 0, this.objects(2).filter((o) => isTracked(o)).length];
  }

  /** gc.freeze(): every tracked object moves to the permanent generation. */
  freeze(): void {
    for (const o of this.objects(null)) if (isTracked(o)) this.frozen.add(o);
    // Cyclic garbage not collected yet sits in the generations too: it is frozen with the rest
    // and never examined until unfreeze().
    for (const o of this.garbage) this.frozen.add(o);
    this.count = [0, 0, 0];
  }

  /** Deaths due outside a checkpoint, after the interpreter dropped a reference of its own. */
  *releaseDeaths(t: Thread): Gen<void> {
    if (!this.observing) return;
    const d = this.census();
    if (d !== null && this.visible(d.freed)) yield* this.cascade(t, d);
  }

  /** Interpreter exit: modules are dropped, what they held dies, then a last collection. */
  *atExit(t: Thread): Gen<void> {
    if (!this.observing) return;
    // The order Py_FinalizeEx's first collection leaves the still reachable objects in.
    const reach = mark(this.roots(false));
    this.exitOrder = this.gcOrder.afterFullCollection(this.host.roots(false), reach, isTrackedType);
    const d = this.census(true);
    if (d !== null && this.visible(d.freed)) yield* this.cascade(t, d);
    this.garbage = new Set([
      ...this.garbage,
      ...[...this.watched].filter((o) => !(this.alive?.has(o) ?? false)),
    ]);
    yield* this.collect(t, 2, true);
  }
}

/** Is this object one the collector tracks (a container)? */
export function isTrackedType(o: PyObject): boolean {
  if (o instanceof PyType) return o.isHeapType;
  const type = o.type;
  // Every heap type is a GC type (type_new_alloc sets Py_TPFLAGS_HAVE_GC), whatever its base:
  // instances of float, int, str, bytes and complex subclasses are tracked, `__slots__ = ()`
  // or not.
  if (type.isHeapType) return true;
  // Frames are objects only when asked for in 3.11 (f_back, tracebacks): not counted.
  if (o instanceof PyFloat || o instanceof Frame || o instanceof PyCode) return false;
  // Built-in types: the answer depends on the type alone (it is asked at every allocation).
  let tracked = builtinTracked.get(type);
  if (tracked === undefined) {
    // Types CPython does not collect (range, bytearray, memoryview, object(), ...) are not counted.
    tracked = type !== bytesType && !UNTRACKED_NAMES.has(type.name) && isCollected(o);
    builtinTracked.set(type, tracked);
  }
  return tracked;
}

const UNTRACKED_NAMES = new Set(["str", "int", "NoneType"]);
const builtinTracked = new WeakMap<PyType, boolean>();

/** Tuples a collection untracked (_PyTuple_MaybeUntrack). */
const untrackedTuples = new WeakSet<PyObject>();

function isAtomic(v: PyValue | null): boolean {
  return !(v instanceof PyObject) || !isTrackedType(v) || (v instanceof PyTuple && v.items.length === 0);
}

/** Is the object tracked right now (gc.is_tracked): dicts and tuples of atomic values are not. */
export function isTracked(o: PyValue): boolean {
  if (!(o instanceof PyObject) || !isTrackedType(o)) return false;
  // Only exact dicts and tuples are untracked (MAINTAIN_TRACKING and _PyTuple_MaybeUntrack
  // check the exact type): a subclass's instance may hold a __dict__.
  if (o.type.isHeapType) return true;
  if (o instanceof PyDict) {
    for (let i = 0; i < o.keys.length; i++) {
      if (o.keys[i] === null) continue;
      if (!isAtomic(o.keys[i]!) || !isAtomic(o.values[i]!)) return true;
    }
    return false;
  }
  // A tuple of atomic values: constants are never tracked, others stop being at the first
  // collection that sees them (_PyTuple_MaybeUntrack).
  if (o instanceof PyTuple) {
    if (o.type !== tupleType) return structSeqTracked(o);
    return o.items.length > 0 && !untrackedTuples.has(o);
  }
  return true;
}

/** How many of these objects the collector counts: instance dicts live inline (3.11). */
function countTracked(objs: Set<PyObject>): number {
  return trackedOf(objs).length;
}

/** The tracked objects among these, without instance dicts (3.11 keeps them inline). */
function trackedOf(objs: Set<PyObject>): PyObject[] {
  let inline: Set<PyObject> | null = null;
  for (const o of objs)
    if (o.dict !== null && o.type.isHeapType && !(o instanceof PyType)) (inline ??= new Set()).add(o.dict);
  const out: PyObject[] = [];
  for (const o of objs) if ((inline === null || !inline.has(o)) && isTracked(o)) out.push(o);
  return out;
}
