/**
 * --lock-order-check: a lock-order graph kept over the whole run, as lock validators do (the
 * Linux kernel's lockdep, ThreadSanitizer's deadlock detector). An edge A → B means some thread
 * took B while holding A; a cycle means the locks are taken in no consistent order, so threads
 * taking them at the same time can deadlock — a potential deadlock, reported at exit even when
 * this run did not hang.
 *
 * Locks whose role says they are released by another thread as a signal (a Condition's waiter
 * lock, and the Event, Semaphore, Barrier, queue and future waits built on it) are left out:
 * their order says nothing. Sentinel locks ("join") are kept: holding a lock while joining a
 * thread that takes it is a real inversion.
 */
import { formatEntries, snapshotStack, threadLabel } from "./deadlock.js";
import type { StackEntry } from "./deadlock.js";
import type { Thread } from "./thread.js";

/** What the graph needs of a lock: how reports name it, and its role. */
export interface OrderedLock {
  describe(): string;
  readonly role: { readonly kind: string } | null;
}

interface Held {
  readonly lock: OrderedLock;
  /** Where the thread took it (Python frames, outermost first). */
  readonly stack: StackEntry[];
}

/** The first time a thread took `to` while holding `from`. */
interface Edge {
  readonly from: OrderedLock;
  readonly to: OrderedLock;
  readonly thread: Thread;
  readonly threadName: string;
  readonly fromStack: StackEntry[];
  readonly toStack: StackEntry[];
  /** The thread waited for `to` (it was held) rather than took it at once. */
  readonly waited: boolean;
}

/** The exit status of a run that ends normally but showed a lock-order inversion. */
export const LOCK_ORDER_EXIT_CODE = 4;

function tracked(lock: OrderedLock): boolean {
  return lock.role === null || lock.role.kind === "join";
}

export class LockOrder {
  /** The locks each thread holds, in the order it took them. */
  private readonly held = new Map<Thread, Held[]>();
  private readonly edges = new Map<OrderedLock, Map<OrderedLock, Edge>>();
  /** Each inversion found: the edges of one cycle, the new edge first. */
  readonly cycles: Edge[][] = [];
  private readonly seen = new Set<string>();
  private readonly ids = new Map<OrderedLock, number>();

  /** Thread t has just taken `lock` (not a reentrant RLock acquire). */
  acquired(t: Thread, lock: OrderedLock): void {
    if (!tracked(lock)) return;
    const stack = snapshotStack(t);
    let list = this.held.get(t);
    if (list === undefined) this.held.set(t, (list = []));
    for (const h of list) if (h.lock !== lock) this.addEdge(t, h, lock, stack, false);
    list.push({ lock, stack });
  }

  /**
   * Thread t starts waiting for `lock` (a blocking acquire of a held lock): the order is
   * recorded now, as lockdep does at the attempt, so a run that deadlocks on it reports it too.
   */
  waiting(t: Thread, lock: OrderedLock): void {
    if (!tracked(lock)) return;
    const list = this.held.get(t);
    if (list === undefined) return;
    const stack = snapshotStack(t);
    for (const h of list) if (h.lock !== lock) this.addEdge(t, h, lock, stack, true);
  }

  /** `lock`, taken by `holder`, was released (by it or, for a plain Lock, by another thread). */
  released(holder: Thread, lock: OrderedLock): void {
    const list = this.held.get(holder);
    if (list === undefined) return;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.lock === lock) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.held.delete(holder);
  }

  private addEdge(t: Thread, from: Held, to: OrderedLock, toStack: StackEntry[], waited: boolean): void {
    let out = this.edges.get(from.lock);
    if (out === undefined) this.edges.set(from.lock, (out = new Map()));
    if (out.has(to)) return;
    const edge: Edge = {
      from: from.lock,
      to,
      thread: t,
      threadName: threadLabel(t),
      fromStack: from.stack,
      toStack,
      waited,
    };
    out.set(to, edge);
    const path = this.pathFrom(to, from.lock);
    if (path === null) return;
    const cycle = [edge, ...path];
    const key = cycle
      .map((e) => this.id(e.from))
      .sort((a, b) => a - b)
      .join(",");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.cycles.push(cycle);
  }

  private id(lock: OrderedLock): number {
    let n = this.ids.get(lock);
    if (n === undefined) this.ids.set(lock, (n = this.ids.size));
    return n;
  }

  /** Edges leading from `start` to `goal` (breadth first: the shortest such path), or null. */
  private pathFrom(start: OrderedLock, goal: OrderedLock): Edge[] | null {
    const via = new Map<OrderedLock, Edge | null>([[start, null]]);
    const queue: OrderedLock[] = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      if (node === goal) {
        const path: Edge[] = [];
        for (let e = via.get(node)!; e !== null; e = via.get(e.from)!) path.push(e);
        return path.reverse();
      }
      for (const [next, e] of this.edges.get(node) ?? []) {
        if (via.has(next)) continue;
        via.set(next, e);
        queue.push(next);
      }
    }
    return null;
  }

  /** The report of every inversion seen, or "" when there was none. */
  report(main: Thread): string {
    if (this.cycles.length === 0) return "";
    let out = "";
    for (const cycle of this.cycles) {
      out += "Potential deadlock (lock-order inversion): these locks were taken in a cyclic order,\n";
      out += "so threads taking them at the same time can deadlock, even if this run did not.\n";
      for (const e of cycle) {
        const verb = e.waited ? "waited for" : "took";
        out += `  ${e.threadName} ${verb} ${e.to.describe()} while holding ${e.from.describe()}\n`;
      }
      for (const e of cycle) {
        out += `\n${e.threadName} took ${e.from.describe()} (most recent call last):\n`;
        out += formatEntries(main, e.fromStack);
        out += `then, holding it, ${e.waited ? "waited for" : "took"} ${e.to.describe()}:\n`;
        out += formatEntries(main, e.toStack);
      }
      out += "\n";
    }
    return out;
  }
}
