/**
 * The census: which objects are reachable from the interpreter's roots, and, among those that
 * were known and are not any more, which ones reference counting would have freed and which
 * ones only the cycle collector can (docs/internals/memory.md).
 *
 * An object that is unreachable is dead in CPython at the moment its count fell to zero, unless
 * it is part of a reference cycle or hangs off one: those keep counts above zero and wait for
 * the collector. So among the newly unreachable objects, the ones in a strongly connected
 * component with a cycle (or reachable from one) are cyclic garbage, the others were freed.
 *
 * A census meets every live object, so its bookkeeping lives on the objects (`gcMark`), not in
 * Sets: a mark stamps what it reaches with a fresh epoch, a classification numbers the dead
 * with fresh indexes, and an object that died carries a negative stamp for good. Stamps come
 * from one counter that only grows, so a stamp left by an older census never matches a newer
 * one's. Objects of CENSUS_ATOMIC types (floats, ...) are never stamped nor listed.
 */
import { PyObject } from "../objects/core.js";
import { CENSUS_ATOMIC, isLeaf, referents } from "./traverse.js";

/** The stamp of an object that died (freed or collected) and was not reached since. */
const DEAD = -1;

/** The last stamp handed out; epochs start above 1 so that -epoch is never DEAD. */
let clock = 1;

/** A fresh stamp, different from every stamp any object carries. */
export function freshStamp(): number {
  return ++clock;
}

/** Was `o` declared dead (freed or collected) and not resurrected since? */
export function isDead(o: PyObject): boolean {
  return o.gcMark < 0;
}

/** `o` died: it is never a census candidate again (an object stays dead once it died). */
export function setDead(o: PyObject): void {
  o.gcMark = DEAD;
}

/**
 * The objects one census reached, in the order it reached them. Each carries its index plus
 * the census's base as its stamp (negated while it is declared dead), so membership, the index
 * and the parent the mark first reached it from are read without a Set or a Map. `has` is
 * exact for the newest Live; an older one may miss objects a newer mark restamped.
 */
export class Live implements Iterable<PyObject> {
  /** Objects added after the mark (saved in gc.garbage): their stamps are not in the range. */
  private extra: Set<PyObject> | null = null;

  constructor(
    private readonly base: number,
    readonly list: PyObject[],
    /** For each object, the index of the one the mark first reached it from (-1: a root). */
    private readonly parentIndex: number[] | null,
  ) {}

  /** o's index in `list`, or -1. */
  private indexOf(o: PyObject): number {
    let t = o.gcMark;
    if (t < 0) t = -t;
    const i = t - this.base;
    return i >= 0 && i < this.list.length && this.list[i] === o ? i : -1;
  }

  has(o: PyObject): boolean {
    return this.indexOf(o) >= 0 || (this.extra !== null && this.extra.has(o));
  }

  /** `o` lives on (saved in gc.garbage): reached as far as this census goes. */
  add(o: PyObject): void {
    if (this.has(o)) return;
    (this.extra ??= new Set()).add(o);
    this.list.push(o);
  }

  /** A resurrected object is alive again: it leaves the dead (if this census reached it). */
  revive(o: PyObject): void {
    if (o.gcMark < 0 && this.indexOf(o) >= 0) o.gcMark = -o.gcMark;
  }

  /** The object the mark first reached `o` from: null for a root, undefined if not reached. */
  parentOf(o: PyObject): PyObject | null | undefined {
    const i = this.indexOf(o);
    if (i < 0 || this.parentIndex === null) return undefined;
    const p = this.parentIndex[i]!;
    return p < 0 ? null : this.list[p];
  }

  get size(): number {
    return this.list.length;
  }

  [Symbol.iterator](): Iterator<PyObject> {
    return this.list[Symbol.iterator]();
  }
}

/** A set of objects as the census reads it. */
export interface Membership {
  has(o: PyObject): boolean;
}

/**
 * Everything reachable from `roots`, in depth-first preorder (referent order), each stamped
 * with its index above a fresh base. With `parents`, also records for each object the one it
 * was first reached from (the chains witnesses start from). With `deadReached`, collects the
 * objects declared dead that were reached, and with `fresh` those `previous` did not reach
 * (stress mode's checks).
 */
export function markLive(
  roots: readonly PyObject[],
  parents = false,
  deadReached: PyObject[] | null = null,
  previous: Live | null = null,
  fresh: PyObject[] | null = null,
): Live {
  // Every stamp given so far is at most `clock`: a stamp >= base was given by this mark.
  const base = clock + 1;
  const list: PyObject[] = [];
  const stack: PyObject[] = [];
  const from: number[] = [];
  const parentIndex: number[] | null = parents ? [] : null;
  const buf: PyObject[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i]!);
    if (parentIndex !== null) from.push(-1);
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    const p = parentIndex !== null ? from.pop()! : -1;
    const t = o.gcMark;
    if (t >= base || -t >= base) continue;
    // Atomic objects (floats, ...) are neither stamped nor listed: nothing can see them die.
    // (Their stamp is always the prototype's 0, so the test above lets them through.)
    if ((o.type.flags & CENSUS_ATOMIC) !== 0) continue;
    const index = list.length;
    // Not reached by `previous` (read before the stamp changes).
    if (fresh !== null && (previous === null || !previous.has(o))) fresh.push(o);
    if (t < 0) {
      o.gcMark = -(base + index);
      deadReached?.push(o);
    } else o.gcMark = base + index;
    list.push(o);
    if (parentIndex !== null) parentIndex.push(p);
    if (isLeaf(o)) continue;
    buf.length = 0;
    referents(o, buf);
    // Every referent is pushed and tested when popped: one read of its stamp, not two (the
    // read is megamorphic over the heap's many classes).
    for (let i = buf.length - 1; i >= 0; i--) stack.push(buf[i]!);
    if (parentIndex !== null) for (let i = buf.length - 1; i >= 0; i--) from.push(index);
  }
  clock = base + list.length;
  return new Live(base, list, parentIndex);
}

/** A Live of these objects (a Set-based mark's), stamped now. */
export function liveOf(objs: Iterable<PyObject>): Live {
  const base = clock + 1;
  const list: PyObject[] = [];
  for (const o of objs) {
    if ((o.type.flags & CENSUS_ATOMIC) !== 0) continue;
    const s = base + list.length;
    o.gcMark = o.gcMark < 0 ? -s : s;
    list.push(o);
  }
  clock = base + list.length;
  return new Live(base, list, null);
}

/**
 * Everything reachable from `roots` as a Set, for callers outside the census (gc.get_objects,
 * --max-memory, ...). It does not stamp the objects.
 */
export function mark(roots: readonly PyObject[]): Set<PyObject> {
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const buf: PyObject[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    if (isLeaf(o)) continue;
    buf.length = 0;
    referents(o, buf);
    for (let i = buf.length - 1; i >= 0; i--) {
      const r = buf[i]!;
      if (!seen.has(r)) stack.push(r);
    }
  }
  return seen;
}

/** The outcome of a census: objects freed by reference counting, and cyclic garbage. */
export interface Deaths {
  /** Freed objects in the order a dealloc cascade reaches them from its roots. */
  readonly roots: PyObject[];
  readonly freed: Set<PyObject>;
  /** For each freed object, the references to it held by other freed objects. */
  readonly inCount: Map<PyObject, number>;
  /**
   * What each freed object referenced at the census, among the dead: the members its dealloc
   * releases even when a finalizer run since has emptied it (a generator's frame closed by
   * close(), an attribute __del__ deleted), as CPython released them while the finalizer ran.
   */
  readonly edges: Map<PyObject, PyObject[]>;
  /** Unreachable objects kept alive by cycles, in the order they were met. */
  readonly cyclic: PyObject[];
}

/**
 * Splits `dead` (unreachable objects, in the order they were known, none declared dead
 * before) into what reference counting frees and what cycles keep. Objects referenced by dead
 * ones (and neither reachable, dead before, nor in `garbage`) are appended to `dead`.
 * `garbageHeld`: what older cyclic garbage references (those hang off a cycle).
 */
export function classify(
  dead: PyObject[],
  reach: Membership,
  garbage: Membership | null = null,
  garbageHeld: Membership | null = null,
): Deaths {
  // Number the dead with fresh stamps: base + their index.
  const base = clock + 1;
  for (let i = 0; i < dead.length; i++) dead[i]!.gcMark = base + i;
  // The references among the dead, as index lists (start[i] .. start[i + 1] in `to`).
  const start: number[] = [0];
  const to: number[] = [];
  const buf: PyObject[] = [];
  for (let i = 0; i < dead.length; i++) {
    const o = dead[i]!;
    buf.length = 0;
    referents(o, buf);
    for (let k = 0; k < buf.length; k++) {
      const r = buf[k]!;
      const t = r.gcMark;
      if (t >= base) {
        to.push(t - base);
        continue;
      }
      if (t < 0 || reach.has(r) || (garbage !== null && garbage.has(r))) continue;
      if ((r.type.flags & CENSUS_ATOMIC) !== 0) continue;
      r.gcMark = base + dead.length;
      to.push(dead.length);
      dead.push(r);
    }
    start.push(to.length);
  }
  clock = base + dead.length;
  const n = dead.length;
  // Objects the older cyclic garbage references keep a count from it: they hang off a cycle.
  const held: number[] = [];
  if (garbageHeld !== null) for (let i = 0; i < n; i++) if (garbageHeld.has(dead[i]!)) held.push(i);
  const cyc = cyclicPart(n, start, to, held);
  const cyclic: PyObject[] = [];
  const freed = new Set<PyObject>();
  for (let i = 0; i < n; i++) {
    if (cyc[i] === 1) cyclic.push(dead[i]!);
    else freed.add(dead[i]!);
  }
  const roots: PyObject[] = [];
  if (freed.size === 0) return { roots, freed, inCount: new Map(), cyclic, edges: new Map() };
  const inCount = new Map<PyObject, number>();
  const edges = new Map<PyObject, PyObject[]>();
  for (let i = 0; i < n; i++) {
    if (cyc[i] === 1) continue;
    const out: PyObject[] = [];
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = to[e]!;
      out.push(dead[j]!);
      if (cyc[j] === 0) inCount.set(dead[j]!, (inCount.get(dead[j]!) ?? 0) + 1);
    }
    edges.set(dead[i]!, out);
  }
  for (let i = 0; i < n; i++) if (cyc[i] === 0 && !inCount.has(dead[i]!)) roots.push(dead[i]!);
  return { roots, freed, inCount, cyclic, edges };
}

/**
 * Scratch arrays for cyclicPart, kept between censuses (a collection every ~700 allocations
 * would otherwise allocate seven typed arrays each time). cyclicPart runs to its end without
 * calling out, so one set is enough.
 */
let scratch: Int32Array[] = [];
let scratchSize = 0;

function scratchFor(n: number): Int32Array[] {
  if (n > scratchSize) {
    scratchSize = Math.max(n, 2 * scratchSize, 1024);
    scratch = [];
    for (let k = 0; k < 7; k++) scratch.push(new Int32Array(scratchSize));
  }
  return scratch;
}

/**
 * Which of the `n` nodes are on a cycle (Tarjan's strongly connected components, iteratively,
 * over index arrays) or reachable from one or from `held`: 1 in the result (valid until the
 * next call).
 */
function cyclicPart(
  n: number,
  start: readonly number[],
  to: readonly number[],
  held: readonly number[],
): Int32Array {
  const [index, low, onStack, onCycle, scc, workNode, workEdge] = scratchFor(n) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  index.fill(-1, 0, n);
  onStack.fill(0, 0, n);
  onCycle.fill(0, 0, n);
  let sccTop = 0;
  let counter = 0;
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    index[s] = low[s] = counter++;
    scc[sccTop++] = s;
    onStack[s] = 1;
    workNode[0] = s;
    workEdge[0] = start[s]!;
    let top = 1;
    while (top > 0) {
      const v = workNode[top - 1]!;
      const e = workEdge[top - 1]!;
      if (e < start[v + 1]!) {
        workEdge[top - 1] = e + 1;
        const w = to[e]!;
        if (w === v) onCycle[v] = 1;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          scc[sccTop++] = w;
          onStack[w] = 1;
          workNode[top] = w;
          workEdge[top] = start[w]!;
          top++;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      top--;
      if (top > 0) {
        const p = workNode[top - 1]!;
        if (low[v]! < low[p]!) low[p] = low[v]!;
      }
      if (low[v] === index[v]) {
        // A component: the stack down to v. More than one node is a cycle.
        let first = sccTop - 1;
        while (scc[first] !== v) first--;
        const size = sccTop - first;
        for (let k = first; k < sccTop; k++) {
          const w = scc[k]!;
          onStack[w] = 0;
          if (size > 1) onCycle[w] = 1;
        }
        sccTop = first;
      }
    }
  }
  // Everything reachable from a cycle, or from what older garbage holds (`index` is free again).
  const cyclic = index;
  cyclic.fill(0, 0, n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (onCycle[i] === 1) stack.push(i);
  for (const i of held) stack.push(i);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (cyclic[v] === 1) continue;
    cyclic[v] = 1;
    for (let e = start[v]!; e < start[v + 1]!; e++) if (cyclic[to[e]!] === 0) stack.push(to[e]!);
  }
  return cyclic;
}

/** How many times `target` is referenced by the objects in `holders`. */
export function countReferences(holders: Iterable<PyObject>, target: PyObject): number {
  let n = 0;
  const buf: PyObject[] = [];
  for (const o of holders) {
    if (isLeaf(o)) continue;
    buf.length = 0;
    referents(o, buf);
    for (const r of buf) if (r === target) n++;
  }
  return n;
}
