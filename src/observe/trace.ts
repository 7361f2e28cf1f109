/**
 * `--trace FILE`: the run's events as Chrome Trace Event Format JSON (the "JSON Object Format"
 * of the Trace Event Format document), which Perfetto and chrome://tracing open as they are.
 *
 * - one track per Python thread (pid 1, tid = the interpreter's thread number), named by `M`
 *   thread_name metadata with the Python thread name;
 * - on it, B/E slices for the thread's state: "running", "waiting for the GIL",
 *   "blocked on <what>" (args.wait: lock, condition, join, queue, sleep, io, ...), and
 *   "gc (generation N)" inside a running slice;
 * - a GIL hand-off from one thread to another is a flow: `s` on the releasing thread just before
 *   its running slice ends, `f` (bp "e") on the acquiring one just after its running slice
 *   begins, with the same id and the release reason in args;
 * - instant events (`i`, scope thread) for lock acquire / contended wait / release and for an
 *   exception escaping a thread;
 * - asyncio tasks as async slices (`b`/`e`, cat "asyncio", id = the task's number): the task's
 *   life named by the task's name, and each step nested in it as "step".
 * Timestamps are microseconds of the interpreter clock, so a deterministic run gives the same file.
 */
import type { ObsEvent, Stamped } from "./events.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One Trace Event Format event (fields in the order they are written). */
interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: number;
  readonly bp?: string;
  readonly s?: string;
  readonly args?: { [key: string]: Json };
}

const PID = 1;
const RUNNING = "running";
const WAITING = "waiting for the GIL";

/** Where a release happened, for the flow arrow drawn if another thread takes the GIL next. */
interface Release {
  readonly tid: number;
  readonly ts: number;
  readonly reason: string;
  /** Index in `events` of the E that closed the running slice (the `s` goes just before it). */
  readonly index: number;
}

export class TraceBuilder {
  private readonly events: TraceEvent[] = [];
  /** Python names of the threads, by thread number (in order of first appearance). */
  private readonly names = new Map<number, string>();
  /** The open state slice of each thread (at most one), or absent. */
  private readonly open = new Map<number, string>();
  /** Open gc slices per thread (nested in its running slice). */
  private readonly gcOpen = new Map<number, string>();
  private readonly blockedOn = new Map<number, { wait: string; what: string }>();
  /** asyncio tasks not done yet: their tid, name and whether a step is open. */
  private readonly tasks = new Map<number, { tid: number; name: string; step: boolean; begun: boolean }>();
  private lastRelease: Release | null = null;
  private nextFlow = 1;
  private lastTs = 0;

  constructor(private readonly processName: string) {}

  /** The bus listener. */
  readonly listener = (s: Stamped): void => {
    const ts = s.ns / 1000;
    if (ts > this.lastTs) this.lastTs = ts;
    this.on(s.event, ts);
  };

  private push(e: TraceEvent): void {
    // Helper threads that run without the scheduler (exit-time work) still get a track name.
    if (!this.names.has(e.tid)) this.names.set(e.tid, `Thread ${e.tid}`);
    this.events.push(e);
  }

  private begin(tid: number, name: string, ts: number, cat: string, args?: { [key: string]: Json }): void {
    this.open.set(tid, name);
    this.push({ name, cat, ph: "B", ts, pid: PID, tid, ...(args === undefined ? {} : { args }) });
  }

  private end(tid: number, ts: number): void {
    const name = this.open.get(tid);
    if (name === undefined) return;
    this.open.delete(tid);
    this.push({ name, ph: "E", ts, pid: PID, tid });
  }

  private instant(tid: number, name: string, cat: string, ts: number, args?: { [key: string]: Json }): void {
    this.push({ name, cat, ph: "i", ts, pid: PID, tid, s: "t", ...(args === undefined ? {} : { args }) });
  }

  private on(e: ObsEvent, ts: number): void {
    switch (e.kind) {
      case "thread.start":
        if (!this.names.has(e.tid)) this.names.set(e.tid, `Thread ${e.tid}`);
        this.end(e.tid, ts);
        this.begin(e.tid, WAITING, ts, "gil");
        return;
      case "sched.decision":
        // Blocked threads whose wait is over now only wait for the GIL.
        for (const tid of e.runnable) {
          const state = this.open.get(tid);
          if (state !== undefined && state !== WAITING && state !== RUNNING) {
            this.end(tid, ts);
            this.begin(tid, WAITING, ts, "gil");
          }
        }
        return;
      case "gil.acquire": {
        if (e.name !== null) this.names.set(e.tid, e.name);
        else if (!this.names.has(e.tid)) this.names.set(e.tid, `Thread ${e.tid}`);
        this.end(e.tid, ts);
        this.begin(e.tid, RUNNING, ts, "gil", e.woke === null ? undefined : { woke: e.woke });
        const r = this.lastRelease;
        if (r !== null && r.tid !== e.tid) {
          const id = this.nextFlow++;
          const args = { reason: r.reason };
          this.events.splice(r.index, 0, {
            name: "GIL",
            cat: "gil",
            ph: "s",
            ts: r.ts,
            pid: PID,
            tid: r.tid,
            id,
            args,
          });
          this.push({ name: "GIL", cat: "gil", ph: "f", ts, pid: PID, tid: e.tid, id, bp: "e", args });
        }
        this.lastRelease = null;
        return;
      }
      case "thread.block":
        this.blockedOn.set(e.tid, { wait: e.wait, what: e.what });
        return;
      case "gil.release": {
        const gc = this.gcOpen.get(e.tid);
        if (gc !== undefined) {
          this.gcOpen.delete(e.tid);
          this.push({ name: gc, ph: "E", ts, pid: PID, tid: e.tid });
        }
        const index = this.events.length;
        this.end(e.tid, ts);
        this.lastRelease = { tid: e.tid, ts, reason: e.reason, index };
        if (e.reason === "blocked") {
          const b = this.blockedOn.get(e.tid);
          this.blockedOn.delete(e.tid);
          const what = b?.what ?? "something";
          this.begin(e.tid, `blocked on ${what}`, ts, "wait", { wait: b?.wait ?? "lock" });
        } else if (e.reason !== "finished") {
          this.begin(e.tid, WAITING, ts, "gil");
        }
        return;
      }
      case "thread.finish":
        this.end(e.tid, ts);
        return;
      case "thread.exception":
        this.instant(e.tid, "exception in thread", "thread", ts);
        return;
      case "lock.acquire":
        this.instant(e.tid, `acquire ${e.lock}`, "lock", ts);
        return;
      case "lock.wait":
        this.instant(e.tid, `wait for ${e.lock}`, "lock", ts);
        return;
      case "lock.release":
        this.instant(e.tid, `release ${e.lock}`, "lock", ts);
        return;
      case "task.create":
        this.tasks.set(e.task, { tid: e.tid, name: e.name, step: false, begun: false });
        return;
      case "task.step": {
        // The task's slice begins at its first step, under the name it has then (create_task
        // names a task after creating it).
        const task = this.tasks.get(e.task);
        if (task === undefined) return;
        if (!task.begun) {
          task.begun = true;
          task.name = e.name;
          this.push({ name: e.name, cat: "asyncio", ph: "b", ts, pid: PID, tid: e.tid, id: e.task });
        }
        task.step = true;
        this.push({ name: "step", cat: "asyncio", ph: "b", ts, pid: PID, tid: e.tid, id: e.task });
        return;
      }
      case "task.yield": {
        const task = this.tasks.get(e.task);
        if (task === undefined || !task.step) return;
        task.step = false;
        this.push({ name: "step", cat: "asyncio", ph: "e", ts, pid: PID, tid: e.tid, id: e.task });
        return;
      }
      case "task.done": {
        const task = this.tasks.get(e.task);
        this.tasks.delete(e.task);
        if (task === undefined || !task.begun) return;
        this.push({ name: task.name, cat: "asyncio", ph: "e", ts, pid: PID, tid: e.tid, id: e.task });
        return;
      }
      case "gc.start": {
        const name = `gc (generation ${e.generation})`;
        this.gcOpen.set(e.tid, name);
        this.push({ name, cat: "gc", ph: "B", ts, pid: PID, tid: e.tid, args: { count: [...e.count] } });
        return;
      }
      case "gc.end": {
        const name = this.gcOpen.get(e.tid);
        if (name === undefined) return;
        this.gcOpen.delete(e.tid);
        // Host milliseconds are left out: the trace of a run is deterministic.
        const args = {
          collected: e.collected,
          uncollectable: e.uncollectable,
          finalized: e.finalized,
          count: [...e.countAfter],
          ticks: e.ticks,
        };
        this.push({ name, ph: "E", ts, pid: PID, tid: e.tid, args });
        return;
      }
    }
  }

  /** The trace file's text: metadata first, then the events; slices still open end at the last time stamp. */
  finish(): string {
    for (const [tid, name] of this.gcOpen) this.push({ name, ph: "E", ts: this.lastTs, pid: PID, tid });
    this.gcOpen.clear();
    for (const tid of [...this.open.keys()]) this.end(tid, this.lastTs);
    // Tasks still pending when the run ended (destroyed pending, or the loop stopped).
    for (const [id, t] of this.tasks) {
      if (!t.begun) continue;
      const base = { cat: "asyncio", ph: "e", ts: this.lastTs, pid: PID, tid: t.tid, id };
      if (t.step) this.push({ name: "step", ...base });
      this.push({ name: t.name, ...base });
    }
    this.tasks.clear();
    const meta: TraceEvent[] = [
      { name: "process_name", ph: "M", pid: PID, tid: 0, args: { name: this.processName } },
    ];
    for (const [tid, name] of [...this.names].sort((a, b) => a[0] - b[0])) {
      meta.push({ name: "thread_name", ph: "M", pid: PID, tid, args: { name } });
      meta.push({ name: "thread_sort_index", ph: "M", pid: PID, tid, args: { sort_index: tid } });
    }
    const lines = [...meta, ...this.events].map((e) => JSON.stringify(e));
    return `{"displayTimeUnit":"ns","traceEvents":[\n${lines.join(",\n")}\n]}\n`;
  }
}
