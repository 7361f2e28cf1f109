// The scheduler's deadline heap: earliest deadline first (first in first out among equal ones),
// stale entries — their thread no longer waits on that wait — skipped and compacted away.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Wait } from "../../src/objects/suspend.js";
import { DeadlineHeap } from "../../src/vm/deadline-heap.js";
import type { Thread } from "../../src/vm/thread.js";

/** A stand-in thread: the heap reads only `wait`. */
function waiter(): { thread: Thread; wait: Wait; state: { wait: Wait | null } } {
  const wait = {} as Wait;
  const state = { wait: wait as Wait | null };
  return { thread: state as unknown as Thread, wait, state };
}

test("pops in deadline order, equal deadlines in insertion order", () => {
  const heap = new DeadlineHeap();
  const deadlines = [5, 1, 4, 1, 9, 2, 6, 5, 3, 5];
  const ws = deadlines.map(() => waiter());
  deadlines.forEach((d, i) => heap.push(d, ws[i]!.thread, ws[i]!.wait));
  const out: [number, number][] = [];
  for (let e = heap.pop(); e !== undefined; e = heap.pop())
    out.push([e.deadline, ws.findIndex((w) => w.wait === e.wait)]);
  const expected = deadlines
    .map((d, i) => [d, i] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  assert.deepEqual(out, expected);
});

test("stale entries are skipped by peek and removed by compact", () => {
  const heap = new DeadlineHeap();
  const ws = Array.from({ length: 100 }, () => waiter());
  ws.forEach((w, i) => heap.push(i, w.thread, w.wait));
  // Every even waiter's wait completed early.
  ws.forEach((w, i) => {
    if (i % 2 === 0) w.state.wait = null;
  });
  assert.equal(heap.peek()?.deadline, 1);
  assert.equal(heap.earliest(), 1);
  heap.compact();
  assert.equal(heap.size, 50);
  const out: number[] = [];
  for (let e = heap.pop(); e !== undefined; e = heap.pop()) out.push(e.deadline);
  assert.deepEqual(
    out,
    ws.map((_, i) => i).filter((i) => i % 2 === 1),
  );
  assert.equal(heap.earliest(), Infinity);
});
