/**
 * The report printed when no thread can ever run again: which thread waits for what, and each
 * thread's Python stack in traceback format (most recent call last), as faulthandler's
 * dump_traceback lists the frames of every thread.
 */
import { Frame } from "./frame.js";
import { NativeFrame } from "./thread.js";
import type { Thread } from "./thread.js";

/** The thread's name for reports: its threading name if it has one, else its ident. */
export function threadLabel(t: Thread): string {
  return t.name !== "" ? t.name : `Thread ${t.ident}`;
}

export function describeDeadlock(threads: readonly Thread[]): string {
  let out = "Deadlock detected: no thread can run and nothing can wake one.\n";
  for (const t of threads) {
    const what = t.wait === null ? "is runnable" : `waits for ${t.wait.describe()}`;
    out += `  ${threadLabel(t)} ${what}\n`;
  }
  for (const t of threads) {
    out += `\n${threadLabel(t)} (most recent call last):\n`;
    out += formatStack(t);
  }
  return out;
}

/** The thread's Python frames, outermost first, as traceback entries. */
export function formatStack(t: Thread): string {
  const frames: Frame[] = [];
  for (let f = t.top; f !== null; f = f.back) if (!(f instanceof NativeFrame)) frames.push(f);
  frames.reverse();
  let out = "";
  for (const f of frames) {
    if (!(f instanceof Frame)) continue;
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
