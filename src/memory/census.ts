/**
 * The census: which objects are reachable from the interpreter's roots, and, among those that
 * were known and are not any more, which ones reference counting would have freed and which
 * ones only the cycle collector can (docs/internals/memory.md).
 *
 * An object that is unreachable is dead in CPython at the moment its count fell to zero, unless
 * it is part of a reference cycle or hangs off one: those keep counts above zero and wait for
 * the collector. So among the newly unreachable objects, the ones in a strongly connected
 * component with a cycle (or reachable from one) are cyclic garbage, the others were freed.
 */
import { PyObject } from "../objects/core.js";
import { isLeaf, referents } from "./traverse.js";

/**
 * Everything reachable from `roots`, in depth-first preorder (referent order). With `parents`,
 * also records for each object the one it was first reached from (null for a root): the
 * chains witnesses start from.
 */
export function mark(
  roots: readonly PyObject[],
  parents: Map<PyObject, PyObject | null> | null = null,
): Set<PyObject> {
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const from: (PyObject | null)[] = [];
  const buf: PyObject[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i]!);
    from.push(null);
  }
  while (stack.length > 0) {
    const o = stack.pop()!;
    const p = from.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    if (parents !== null) parents.set(o, p);
    if (isLeaf(o)) continue;
    buf.length = 0;
    referents(o, buf);
    for (let i = buf.length - 1; i >= 0; i--) {
      const r = buf[i]!;
      if (!seen.has(r)) {
        stack.push(r);
        from.push(o);
      }
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
   * What each dead object referenced at the census, among the dead: the members its dealloc
   * releases even when a finalizer run since has emptied it (a generator's frame closed by
   * close(), an attribute __del__ deleted), as CPython released them while the finalizer ran.
   */
  readonly edges: Map<PyObject, PyObject[]>;
  /** Unreachable objects kept alive by cycles. */
  readonly cyclic: Set<PyObject>;
}

/**
 * Splits `dead` (unreachable objects, in the order they were known) into what reference
 * counting frees and what cycles keep. Objects referenced by dead ones are added to the set.
 */
export function classify(
  dead: PyObject[],
  reach: Set<PyObject>,
  gone: WeakSet<PyObject>,
  garbage: Set<PyObject> | null = null,
  garbageHeld: Set<PyObject> | null = null,
): Deaths {
  const inDead = new Set<PyObject>(dead);
  const edges = new Map<PyObject, PyObject[]>();
  for (let i = 0; i < dead.length; i++) {
    const o = dead[i]!;
    const out: PyObject[] = [];
    if (!isLeaf(o)) referents(o, out);
    const kept: PyObject[] = [];
    for (const r of out) {
      if (reach.has(r) || gone.has(r) || (garbage?.has(r) ?? false)) continue;
      kept.push(r);
      if (!inDead.has(r)) {
        inDead.add(r);
        dead.push(r);
      }
    }
    edges.set(o, kept);
  }
  // Objects the older cyclic garbage references keep a count from it: they hang off a cycle.
  const held: PyObject[] = [];
  if (garbageHeld !== null && garbageHeld.size > 0)
    for (const o of dead) if (garbageHeld.has(o)) held.push(o);
  const cyclic = cyclicPart(dead, edges, held);
  const freed = new Set<PyObject>();
  for (const o of dead) if (!cyclic.has(o)) freed.add(o);
  const inCount = new Map<PyObject, number>();
  for (const o of freed)
    for (const r of edges.get(o)!) if (freed.has(r)) inCount.set(r, (inCount.get(r) ?? 0) + 1);
  const roots: PyObject[] = [];
  for (const o of dead) if (freed.has(o) && !inCount.has(o)) roots.push(o);
  return { roots, freed, inCount, cyclic, edges };
}

/**
 * The objects on a cycle (Tarjan's strongly connected components, iteratively) and everything
 * reachable from them.
 */
function cyclicPart(
  nodes: readonly PyObject[],
  edges: Map<PyObject, PyObject[]>,
  held: readonly PyObject[],
): Set<PyObject> {
  const index = new Map<PyObject, number>();
  const low = new Map<PyObject, number>();
  const onStack = new Set<PyObject>();
  const sccStack: PyObject[] = [];
  const onCycle = new Set<PyObject>();
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: [PyObject, number][] = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    sccStack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const out = edges.get(v) ?? [];
      if (i < out.length) {
        top[1]++;
        const w = out[i]!;
        if (w === v) onCycle.add(v);
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          sccStack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: PyObject[] = [];
        for (;;) {
          const w = sccStack.pop()!;
          onStack.delete(w);
          comp.push(w);
          if (w === v) break;
        }
        if (comp.length > 1) for (const w of comp) onCycle.add(w);
      }
    }
  }
  const cyclic = new Set<PyObject>();
  const stack = [...onCycle, ...held];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (cyclic.has(o)) continue;
    cyclic.add(o);
    for (const r of edges.get(o) ?? []) if (!cyclic.has(r)) stack.push(r);
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
