/**
 * The deadlines of blocked threads (sleeps and timeouts), earliest first: a binary min-heap, so
 * finding the next deadline does not look at every thread. Entries are not removed when a wait
 * completes early; an entry is stale once its thread waits on something else, and is dropped
 * when it reaches the top.
 */
import type { Wait } from "../objects/suspend.js";
import type { Thread } from "./thread.js";

export interface DeadlineEntry {
  readonly deadline: number;
  readonly thread: Thread;
  readonly wait: Wait;
  /** Insertion order: equal deadlines come out first in, so runs are deterministic. */
  readonly seq: number;
}

function before(a: DeadlineEntry, b: DeadlineEntry): boolean {
  return a.deadline < b.deadline || (a.deadline === b.deadline && a.seq < b.seq);
}

export class DeadlineHeap {
  private readonly items: DeadlineEntry[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(deadline: number, thread: Thread, wait: Wait): void {
    const items = this.items;
    const e: DeadlineEntry = { deadline, thread, wait, seq: this.seq++ };
    let i = items.length;
    items.push(e);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(e, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = e;
  }

  /**
   * Drops every stale entry (a timed acquire that succeeded early leaves one behind): called
   * when the heap has grown well past the number of threads, so it stays O(threads) in size.
   */
  compact(): void {
    const live = this.items.filter((e) => e.thread.wait === e.wait);
    this.items.length = 0;
    live.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    // A sorted array is a valid binary heap.
    for (const e of live) this.items.push(e);
  }

  /** The earliest live entry (stale ones on top are dropped), or undefined. */
  peek(): DeadlineEntry | undefined {
    for (;;) {
      const top = this.items[0];
      if (top === undefined || top.thread.wait === top.wait) return top;
      this.pop();
    }
  }

  /** The earliest live deadline, or Infinity. */
  earliest(): number {
    return this.peek()?.deadline ?? Infinity;
  }

  pop(): DeadlineEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(items[r]!, items[l]!) ? r : l;
      if (!before(items[c]!, last)) break;
      items[i] = items[c]!;
      i = c;
    }
    items[i] = last;
    return top;
  }
}
