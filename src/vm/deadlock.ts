/**
 * The report printed when no thread can ever run again: which thread waits for what, and each
 * thread's Python stack in traceback format (most recent call last), as faulthandler's
 * dump_traceback lists the frames of every thread.
 */
import { PyObject } from "../objects/core.js";
import { PyDict, fastKeyOf } from "../objects/dict.js";
import { PyModule } from "../objects/misc.js";
import { pyIdent } from "../modules/_thread/ident.js";
import { Frame } from "./frame.js";
import { NativeFrame } from "./thread.js";
import type { Thread } from "./thread.js";

/** The thread's name for reports: its threading.Thread name if it has one, else its ident. */
export function threadLabel(t: Thread): string {
  if (t.name !== "") return t.name;
  const threading = t.interp.modules.getStr("threading");
  const active = threading instanceof PyModule ? threading.dict!.getStr("_active") : undefined;
  if (active instanceof PyDict) {
    // Read without running Python code (the report is made when no thread can run): a lookup
    // by the ident's fast key, an int's, which needs no __eq__.
    const fk = fastKeyOf(pyIdent(t));
    const v = fk === undefined ? undefined : active.getFast(fk);
    if (v instanceof PyObject && v.dict !== null) {
      const name = v.dict.getStr("_name");
      if (typeof name === "string") return name;
    }
  }
  return `Thread ${pyIdent(t)}`;
}

export function describeDeadlock(threads: readonly Thread[]): string {
  let out = "Deadlock detected: no thread can run and nothing can wake one.\n";
  for (const t of threads) {
    const w = t.wait;
    let what = w === null ? "is runnable" : `waits for ${w.describe()}`;
    const holder = w?.heldBy?.() ?? null;
    if (holder === t) what += `, which it holds itself (a self-deadlock: a Lock is not reentrant)`;
    else if (holder !== null) what += `, held by ${threadLabel(holder)}`;
    out += `  ${threadLabel(t)} ${what}\n`;
  }
  const cycle = waitForCycle(threads);
  if (cycle !== null && cycle.length > 1) {
    out += `The wait-for cycle: ${[...cycle, cycle[0]!].map(threadLabel).join(" -> ")}\n`;
  }
  for (const t of threads) {
    out += `\n${threadLabel(t)} (most recent call last):\n`;
    out += formatStack(t);
  }
  return out;
}

/**
 * A cycle in the wait-for graph (each thread waits for something its successor holds), as the
 * threads on it in order, or null. Each thread waits for at most one thing, so following the
 * holders from each thread either ends or closes a cycle.
 */
export function waitForCycle(threads: readonly Thread[]): Thread[] | null {
  const done = new Set<Thread>();
  for (const start of threads) {
    const path: Thread[] = [];
    const onPath = new Map<Thread, number>();
    let t: Thread | null = start;
    while (t !== null && !done.has(t)) {
      if (onPath.has(t)) return path.slice(onPath.get(t));
      onPath.set(t, path.length);
      path.push(t);
      t = t.wait?.heldBy?.() ?? null;
    }
    for (const p of path) done.add(p);
  }
  return null;
}

/** One Python frame of a stack snapshot: its code and the instruction it stands at. */
export interface StackEntry {
  readonly code: Frame["code"];
  readonly lasti: number;
}

/** The thread's Python frames, outermost first (cheap: no source is read). */
export function snapshotStack(t: Thread): StackEntry[] {
  const frames: StackEntry[] = [];
  for (let f = t.top; f !== null; f = f.back) {
    if (!(f instanceof NativeFrame) && f instanceof Frame) frames.push({ code: f.code, lasti: f.lasti });
  }
  return frames.reverse();
}

/** The thread's Python frames, outermost first, as traceback entries. */
export function formatStack(t: Thread): string {
  return formatEntries(t, snapshotStack(t));
}

/** A snapshot as traceback entries ("  File ..., line N, in f" and the source line). */
export function formatEntries(t: Thread, frames: readonly StackEntry[]): string {
  let out = "";
  for (const f of frames) {
    const line = f.code.lineAt(f.lasti);
    out += `  File "${f.code.filename}", line ${line ?? "?"}, in ${f.code.name}\n`;
    const text = line === null ? null : sourceLine(t, f.code.filename, line);
    if (text !== null) out += `    ${text}\n`;
  }
  return out;
}

function sourceLine(t: Thread, filename: string, lineno: number): string | null {
  if (filename.startsWith("<")) return null;
  const src = t.interp.readSource(filename);
  if (src === null) return null;
  const l = src.split(/\r\n|\r|\n/)[lineno - 1];
  return l === undefined ? null : l.trim() || null;
}
