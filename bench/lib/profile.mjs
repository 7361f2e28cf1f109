// Reads a V8 CPU profile (the .cpuprofile file `node --cpu-prof` writes) and totals self and
// total time per function. A profile is a call tree of nodes (each with a callFrame: function
// name, script URL, 0-based line and column) plus a sample list: `samples[i]` is the id of the
// node that was on top of the stack for `timeDeltas[i + 1]` microseconds (V8 stores the gap
// before each sample; the gap after it is the next entry).
import { fileURLToPath } from "node:url";
import { relative } from "node:path";

function where(frame, root) {
  let file = frame.url;
  if (file.startsWith("file://")) file = relative(root, fileURLToPath(file));
  if (file === "") return "";
  return `${file}:${frame.lineNumber + 1}`;
}

/**
 * Per function (name and place), self microseconds, total microseconds (time with the
 * function anywhere on the stack, counted once per sample), sorted by self time; plus the
 * profile's whole sampled time.
 */
export function summarizeProfile(profile, root) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => `${n.callFrame.functionName || "(anonymous)"} ${where(n.callFrame, root)}`.trim();
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    sampled += dt;
    const top = byId.get(samples[i]);
    const topKey = keyOf(top);
    self.set(topKey, (self.get(topKey) ?? 0) + dt);
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id));
      if (seen.has(key)) continue; // recursion: count each function once per sample
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  }
  const rows = [...self.keys()].map((key) => ({ key, selfUs: self.get(key), totalUs: total.get(key) }));
  rows.sort((a, b) => b.selfUs - a.selfUs);
  return { sampledUs: sampled, rows };
}

/** The top `count` rows as a text table with percentages of the sampled time. */
export function formatProfile(summary, count) {
  const pct = (us) => `${((100 * us) / Math.max(summary.sampledUs, 1)).toFixed(1)}%`.padStart(6);
  const lines = [`sampled ${(summary.sampledUs / 1e6).toFixed(3)} s`, "  self   total  function"];
  for (const r of summary.rows.slice(0, count)) lines.push(`${pct(r.selfUs)}  ${pct(r.totalUs)}  ${r.key}`);
  return lines.join("\n");
}
