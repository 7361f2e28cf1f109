/**
 * Witnesses: for each watched object, a chain of references from a root down to it that proves
 * it is still reachable (docs/internals/memory.md, "When the census runs").
 *
 * A watched object can only have died if some reference to it was dropped. While every watched
 * object's chain still holds — its root is still a root, each link still holds the next — none
 * of them can be unreachable, so the census (proportional to the whole heap) is skipped. A
 * broken or missing chain is first looked for again near the top of the stacks (a value moved
 * from the value stack into a local, a list or an attribute); only when that fails does a full
 * census decide. Soundness does not depend on the search: a chain is only ever trusted after
 * every one of its links was checked at this instruction boundary.
 */
import { PyObject } from "../objects/core.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { Frame } from "../vm/frame.js";
import { isLeaf, referents } from "./traverse.js";
import type { Membership } from "./census.js";

/** A chain: objects from a root to the watched object, and where each link was found. */
interface Chain {
  readonly path: PyObject[];
  /** hints[i]: where path[i] held path[i + 1] (an index into its items, slots or entries). */
  readonly hints: number[];
}

/** Holders with more referents than this are looked into by their newest items only. */
const WIDE = 64;
/** How many objects one local search may look at before giving up (then a census decides). */
const SEARCH_BUDGET = 256;

const scratch: PyObject[] = [];

/**
 * Where `h` holds `c` (a hint for next time), or -1. List and tuple items, dict entries and a
 * frame's live slots are checked at the hint first; other objects by their referents.
 */
export function holds(h: PyObject, c: PyObject, hint: number): number {
  if (h instanceof PyList || h instanceof PyTuple) {
    const items = h.items;
    if (items[hint] === c) return hint;
    const i = items.lastIndexOf(c);
    if (i >= 0) return i;
    return genericHolds(h, c);
  }
  if (h instanceof PyDict) {
    // Entry i: key at 2i, value at 2i + 1.
    const arr = (hint & 1) === 1 ? h.values : h.keys;
    if (arr[hint >> 1] === c) return hint;
    let i = h.values.lastIndexOf(c);
    if (i >= 0) return 2 * i + 1;
    i = h.keys.lastIndexOf(c);
    if (i >= 0) return 2 * i;
    return genericHolds(h, c);
  }
  if (h instanceof Frame) {
    const slots = h.slots;
    if (hint < h.sp && slots[hint] === c) return hint;
    for (let i = h.sp - 1; i >= 0; i--) if (slots[i] === c) return i;
    return h.locals === c || h.func === c || h.initSelf === c ? slots.length : -1;
  }
  return genericHolds(h, c);
}

function genericHolds(h: PyObject, c: PyObject): number {
  if (h.dict === c) return 0;
  if (isLeaf(h)) return -1;
  scratch.length = 0;
  referents(h, scratch);
  const found = scratch.indexOf(c) >= 0;
  scratch.length = 0;
  return found ? 0 : -1;
}

/** Where a holder's tp_dealloc releases the referent at `hint`, relative to its others. */
function rank(h: PyObject, hint: number): number {
  if (h instanceof PyList || h instanceof PyTuple) return -hint;
  if (h instanceof PyDict || h instanceof Frame) return hint;
  return 0;
}

function compareKeys(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export class Witnesses {
  private readonly chains = new Map<PyObject, Chain>();

  /**
   * Orders `objs` (watched objects and objects on their chains, dead since the last boundary)
   * as a depth-first walk in release order would have met them at that boundary: by the
   * positions along their chains (a list's items from the last, a dict's entries and a frame's
   * slots from the first), parents before children; the rest keep their order, after them.
   */
  order(objs: PyObject[]): PyObject[] {
    if (this.chains.size === 0) return objs;
    const keys = new Map<PyObject, number[]>();
    for (const [, chain] of this.chains) {
      const { path, hints } = chain;
      const key: number[] = [];
      for (let i = 0; i < path.length; i++) {
        if (i > 0) key.push(rank(path[i - 1]!, hints[i - 1]!));
        if (!keys.has(path[i]!)) keys.set(path[i]!, key.slice());
      }
    }
    const keyed = objs.filter((o) => keys.has(o));
    const rest = objs.filter((o) => !keys.has(o));
    keyed.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
    return keyed.concat(rest);
  }

  /** The objects on the chains of `watched` that are not in `reach` (dead holders). */
  lost(watched: Iterable<PyObject>, reach: Membership, out: (o: PyObject) => void): void {
    for (const w of watched) {
      const chain = this.chains.get(w);
      if (chain === undefined) continue;
      for (const o of chain.path) if (!reach.has(o)) out(o);
    }
  }

  /** Forget every chain (after a census, before new ones are recorded). */
  reset(): void {
    this.chains.clear();
  }

  delete(o: PyObject): void {
    this.chains.delete(o);
  }

  /** Records o's chain from the census's parent pointers (parent null: a root). */
  record(o: PyObject, parents: { parentOf(o: PyObject): PyObject | null | undefined }): void {
    const path: PyObject[] = [o];
    let p = parents.parentOf(o);
    if (p === undefined) return;
    while (p !== null && p !== undefined) {
      path.push(p);
      p = parents.parentOf(p);
    }
    path.reverse();
    const hints: number[] = [];
    for (let i = 0; i + 1 < path.length; i++) hints.push(holds(path[i]!, path[i + 1]!, 0));
    this.chains.set(o, { path, hints });
  }

  /**
   * Are all of `watched` provably reachable from `roots`? Chains that broke are searched for
   * again near the top of the stacks (`near`, most recent first) before giving up.
   */
  allHold(
    watched: Iterable<PyObject>,
    isRoot: (o: PyObject) => boolean,
    near: () => { frames: Frame[]; roots: Set<PyObject> },
  ): boolean {
    for (const w of watched) {
      const chain = this.chains.get(w);
      if (chain !== undefined && check(chain, isRoot)) continue;
      const { frames, roots } = near();
      const found = search(w, frames, roots);
      if (found === null) return false;
      this.chains.set(w, found);
    }
    return true;
  }
}

/** Does every link of the chain still hold, from a root? Updates the hints. */
function check(chain: Chain, isRoot: (o: PyObject) => boolean): boolean {
  const { path, hints } = chain;
  if (!isRoot(path[0]!)) return false;
  for (let i = 0; i + 1 < path.length; i++) {
    const at = holds(path[i]!, path[i + 1]!, hints[i]!);
    if (at < 0) return false;
    hints[i] = at;
  }
  return true;
}

/**
 * A breadth-first search for `w` from the frames nearest the top of the stacks, looking at no
 * more than SEARCH_BUDGET objects and only at the newest items of wide containers (where a value
 * just stored usually is).
 */
function search(w: PyObject, near: readonly Frame[], roots: Set<PyObject>): Chain | null {
  const from = new Map<PyObject, PyObject | null>();
  let level: PyObject[] = [];
  for (const f of near) {
    if (!roots.has(f) || from.has(f)) continue;
    from.set(f, null);
    level.push(f);
  }
  let budget = SEARCH_BUDGET;
  const buf: PyObject[] = [];
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: PyObject[] = [];
    for (const o of level) {
      if (--budget < 0) return null;
      if (isLeaf(o)) continue;
      buf.length = 0;
      newest(o, w, buf);
      for (const r of buf) {
        if (from.has(r)) continue;
        from.set(r, o);
        if (r === w) return chainTo(w, from);
        next.push(r);
      }
    }
    level = next;
  }
  return null;
}

/**
 * The referents of o, or for a wide list or dict only `w` if it holds it directly, and its
 * newest items.
 */
function newest(o: PyObject, w: PyObject, out: PyObject[]): void {
  if (o instanceof PyList && o.items.length > WIDE) {
    const items = o.items;
    if (items.lastIndexOf(w) >= 0) out.push(w);
    for (let i = items.length - 1; i >= items.length - 8; i--) {
      const v = items[i];
      if (v instanceof PyObject) out.push(v);
    }
    return;
  }
  if (o instanceof PyDict && o.keys.length > WIDE) {
    if (o.values.lastIndexOf(w) >= 0 || o.keys.lastIndexOf(w) >= 0) out.push(w);
    let taken = 0;
    for (let i = o.keys.length - 1; i >= 0 && taken < 8; i--) {
      if (o.keys[i] === null) continue;
      taken++;
      const k = o.keys[i];
      const v = o.values[i];
      if (v instanceof PyObject) out.push(v);
      if (k instanceof PyObject) out.push(k);
    }
    return;
  }
  referents(o, out);
  if (out.length > WIDE && !(o instanceof Frame)) {
    const direct = out.indexOf(w) >= 0;
    out.length = 0;
    if (direct) out.push(w);
  }
}

function chainTo(w: PyObject, from: Map<PyObject, PyObject | null>): Chain {
  const path: PyObject[] = [];
  for (let o: PyObject | null | undefined = w; o !== null && o !== undefined; o = from.get(o)) path.push(o);
  path.reverse();
  const hints: number[] = [];
  for (let i = 0; i + 1 < path.length; i++) hints.push(holds(path[i]!, path[i + 1]!, 0));
  return { path, hints };
}
