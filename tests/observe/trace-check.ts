// A checker for the Trace Event Format files --trace writes: the fields each phase requires,
// B/E nesting per thread, flows that pair up, async slices that pair up, time stamps that never
// go back on a thread, and a name for every thread. Returns the problems found (none: valid).

interface Ev {
  name?: unknown;
  cat?: unknown;
  ph?: unknown;
  ts?: unknown;
  pid?: unknown;
  tid?: unknown;
  id?: unknown;
  bp?: unknown;
  s?: unknown;
  dur?: unknown;
  args?: unknown;
}

export interface TraceSummary {
  readonly problems: string[];
  readonly events: Ev[];
  /** thread_name metadata by tid. */
  readonly threadNames: Map<number, string>;
}

const PHASES = new Set(["B", "E", "X", "i", "s", "f", "b", "e", "M"]);

export function checkTrace(text: string): TraceSummary {
  const problems: string[] = [];
  const threadNames = new Map<number, string>();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { problems: [`not JSON: ${String(e)}`], events: [], threadNames };
  }
  const events = (doc as { traceEvents?: unknown }).traceEvents;
  if (!Array.isArray(events)) return { problems: ["no traceEvents array"], events: [], threadNames };
  const stacks = new Map<number, string[]>();
  const lastTs = new Map<number, number>();
  const flowStarts = new Map<unknown, number>();
  const flowEnds = new Set<unknown>();
  const asyncOpen = new Map<string, number>();
  const tids = new Set<number>();
  events.forEach((raw: unknown, i: number) => {
    const e = raw as Ev;
    const where = `event ${i} (${JSON.stringify(e)})`;
    if (typeof e !== "object" || e === null) return void problems.push(`${where}: not an object`);
    if (typeof e.ph !== "string" || !PHASES.has(e.ph)) return void problems.push(`${where}: bad ph`);
    if (typeof e.name !== "string") problems.push(`${where}: no name`);
    if (typeof e.pid !== "number" || typeof e.tid !== "number")
      return void problems.push(`${where}: no pid/tid`);
    const tid = e.tid;
    if (e.ph === "M") {
      const name = (e.args as { name?: unknown } | undefined)?.name;
      if (e.name === "thread_name") {
        if (typeof name !== "string" || name === "") problems.push(`${where}: thread_name without a name`);
        else threadNames.set(tid, name);
      }
      return;
    }
    tids.add(tid);
    if (typeof e.ts !== "number" || !Number.isFinite(e.ts) || e.ts < 0)
      return void problems.push(`${where}: bad ts`);
    const prev = lastTs.get(tid) ?? 0;
    if (e.ts < prev) problems.push(`${where}: ts goes back on tid ${tid} (after ${prev})`);
    lastTs.set(tid, e.ts);
    const stack = stacks.get(tid) ?? [];
    stacks.set(tid, stack);
    switch (e.ph) {
      case "B":
        stack.push(e.name as string);
        break;
      case "E": {
        const top = stack.pop();
        if (top === undefined) problems.push(`${where}: E without B on tid ${tid}`);
        else if (typeof e.name === "string" && e.name !== top) problems.push(`${where}: E closes "${top}"`);
        break;
      }
      case "X":
        if (typeof e.dur !== "number") problems.push(`${where}: X without dur`);
        break;
      case "i":
        if (e.s !== "t" && e.s !== "p" && e.s !== "g") problems.push(`${where}: instant without scope`);
        break;
      case "s":
        if (e.id === undefined || typeof e.cat !== "string")
          problems.push(`${where}: flow start without id/cat`);
        if (flowStarts.has(e.id)) problems.push(`${where}: flow id used twice`);
        flowStarts.set(e.id, e.ts);
        break;
      case "f": {
        if (e.id === undefined || typeof e.cat !== "string")
          problems.push(`${where}: flow end without id/cat`);
        if (e.bp !== "e") problems.push(`${where}: flow end without bp "e"`);
        const start = flowStarts.get(e.id);
        if (start === undefined) problems.push(`${where}: flow end before (or without) its start`);
        else if (start > e.ts) problems.push(`${where}: flow ends before it starts`);
        if (flowEnds.has(e.id)) problems.push(`${where}: flow ended twice`);
        flowEnds.add(e.id);
        break;
      }
      case "b":
      case "e": {
        if (e.id === undefined || typeof e.cat !== "string") {
          problems.push(`${where}: async event without id/cat`);
          break;
        }
        const key = `${String(e.cat)}/${String(e.id)}/${String(e.name)}`;
        const open = asyncOpen.get(key) ?? 0;
        if (e.ph === "b") asyncOpen.set(key, open + 1);
        else if (open === 0) problems.push(`${where}: async end without begin`);
        else asyncOpen.set(key, open - 1);
        break;
      }
    }
  });
  for (const [tid, stack] of stacks)
    if (stack.length > 0) problems.push(`tid ${tid}: B without E: ${stack.join(", ")}`);
  for (const id of flowStarts.keys()) if (!flowEnds.has(id)) problems.push(`flow ${String(id)} has no end`);
  for (const [key, n] of asyncOpen) if (n !== 0) problems.push(`async slice ${key} not ended`);
  for (const tid of tids) if (!threadNames.has(tid)) problems.push(`tid ${tid} has no thread_name`);
  return { problems, events: events as Ev[], threadNames };
}
