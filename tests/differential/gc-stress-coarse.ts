// tests/gc-stress-coarse.txt: the differential cases whose GC stress run takes a census at every
// N-th instruction boundary instead of every one, as `NAME  N  # why`. A stress run costs a census
// (proportional to the live heap) per boundary; a case that runs hundreds of thousands of
// boundaries over the heap of threading, random or re cannot finish in the stress time limit even
// when it is correct. Such a case still runs stressed, only sparser; the list is checked (every
// name a case, every N an integer of at least 2, every entry with its reason).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function gcStressCoarsePath(root: string): string {
  return join(root, "tests", "gc-stress-coarse.txt");
}

export interface CoarseEntry {
  readonly every: number;
  readonly reason: string;
}

/** Case name → its stress interval and why. A missing file is an empty list. */
export function parseGcStressCoarse(text: string): Map<string, CoarseEntry> {
  const entries = new Map<string, CoarseEntry>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    const reason = hash < 0 ? "" : line.slice(hash + 1).trim();
    const fields = (hash < 0 ? line : line.slice(0, hash)).trim().split(/\s+/);
    const [name, n] = fields;
    const every = Number(n);
    if (fields.length !== 2 || name === undefined || !Number.isInteger(every) || every < 2)
      throw new Error(`tests/gc-stress-coarse.txt: "${line}" is not NAME N # reason (N >= 2)`);
    if (reason === "") throw new Error(`tests/gc-stress-coarse.txt: ${name} has no reason`);
    if (entries.has(name)) throw new Error(`tests/gc-stress-coarse.txt: ${name} is listed twice`);
    entries.set(name, { every, reason });
  }
  return entries;
}

export function readGcStressCoarse(root: string): Map<string, CoarseEntry> {
  let text: string;
  try {
    text = readFileSync(gcStressCoarsePath(root), "utf8");
  } catch {
    return new Map();
  }
  return parseGcStressCoarse(text);
}
