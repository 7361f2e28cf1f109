// The printed report: one table row per benchmark (medians of wall time, the pyglass/CPython
// ratio, the spread of the runs, the ratio of in-process times, peak RSS and pyglass's
// status), grouped by suite group, then the geometric means and the start-up line.
import { geometricMean } from "./stats.mjs";

const HEADER = [
  "benchmark",
  "CPython",
  "pyglass",
  "ratio",
  "CPython min–max",
  "pyglass min–max",
  "in-proc ratio",
  "peak RSS MB",
  "pyglass status",
];
const RIGHT = new Set([1, 2, 3, 4, 5, 6, 7]);

export function seconds(s) {
  if (s === null) return "—";
  return s < 10 ? `${s.toFixed(3)} s` : `${s.toFixed(1)} s`;
}

function spread(w) {
  return w.min === null ? "—" : `${w.min.toFixed(3)}–${w.max.toFixed(3)}`;
}

function ratio(r) {
  return r === null ? "—" : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`;
}

function megabytes(kb) {
  return kb === null ? "—" : (kb / 1024).toFixed(1);
}

function statusText(side) {
  if (side === null) return "not run";
  return side.status === "ok" ? "ok" : `${side.status}: ${side.detail ?? ""}`.trim();
}

function row(r) {
  const py = r.cpython;
  const pg = r.pyglass;
  const status = py.status !== "ok" ? `CPython ${statusText(py)}` : statusText(pg);
  return [
    r.name,
    seconds(py.wall.median),
    pg === null ? "—" : seconds(pg.wall.median),
    ratio(r.ratio),
    spread(py.wall),
    pg === null ? "—" : spread(pg.wall),
    ratio(r.inProcessRatio),
    `${megabytes(py.peakRssKb)} / ${pg === null ? "—" : megabytes(pg.peakRssKb)}`,
    status,
  ];
}

function layout(rows) {
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((cell, i) =>
        i === r.length - 1 ? cell : RIGHT.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join("  "),
  );
}

/** Geometric means of wall, in-process and CPU ratios over the results pyglass ran correctly. */
export function groupSummary(results) {
  const ok = results.filter((r) => r.ratio !== null);
  const failures = {};
  for (const r of results) {
    if (r.ratio !== null) continue;
    const why = r.cpython.status !== "ok" ? `CPython ${r.cpython.status}` : (r.pyglass?.status ?? "not run");
    failures[why] = (failures[why] ?? 0) + 1;
  }
  return {
    benchmarks: results.length,
    ranCorrectly: ok.length,
    failures,
    geometricMeanRatio: geometricMean(ok.map((r) => r.ratio)),
    geometricMeanInProcessRatio: geometricMean(
      ok.filter((r) => r.inProcessRatio !== null).map((r) => r.inProcessRatio),
    ),
    geometricMeanCpuRatio: geometricMean(ok.filter((r) => r.cpuRatio !== null).map((r) => r.cpuRatio)),
  };
}

function summaryLine(group, s) {
  const failed = Object.entries(s.failures)
    .map(([why, n]) => `${n} ${why}`)
    .join(", ");
  const head = `${group}: pyglass ran ${s.ranCorrectly} of ${s.benchmarks} correctly`;
  const tail =
    s.geometricMeanRatio === null
      ? "no geometric mean"
      : `geometric mean ratio ${ratio(s.geometricMeanRatio)} wall, ` +
        `${ratio(s.geometricMeanInProcessRatio)} in-process, ${ratio(s.geometricMeanCpuRatio)} CPU`;
  return `${head}${failed ? ` (could not: ${failed})` : ""}; ${tail}`;
}

function startupLine(startup) {
  const part = (name, side) => {
    if (side === null) return `${name} not run`;
    const rss = side.peakRssKb === null ? "RSS n/a" : `${megabytes(side.peakRssKb)} MB peak RSS`;
    const status = side.status === "ok" ? "" : ` (${side.status}: ${side.detail})`;
    const cpu = side.cpu?.median == null ? "" : ` (${seconds(side.cpu.median)} CPU)`;
    return `${name} ${seconds(side.wall.median)}${cpu}, ${rss}${status}`;
  };
  return `start-up (hello world, median wall and CPU): ${part("CPython", startup.cpython)}; ${part("pyglass", startup.pyglass)}`;
}

/** The whole report as text. */
export function formatReport(result) {
  const lines = [];
  const groups = [...new Set(result.benchmarks.map((r) => r.group))];
  for (const group of groups) {
    const rs = result.benchmarks.filter((r) => r.group === group);
    lines.push("", `${group === "later" ? "later (threads, asyncio, gc; not in the core mean)" : group}:`);
    lines.push(...layout([HEADER, ...rs.map(row)]));
  }
  lines.push("");
  for (const group of groups) lines.push(summaryLine(group, result.summary[group]));
  if (result.startup !== null) lines.push(startupLine(result.startup));
  lines.push(`times are median wall seconds over ${result.options.runs} run(s); ratio = pyglass / CPython`);
  lines.push(`peak RSS and CPU time: ${result.usageMethod}`);
  const m = result.machine;
  const load = Math.max(m.loadAverage[0], m.loadAverageAtEnd[0]);
  lines.push(
    `1-minute load average ${m.loadAverage[0].toFixed(2)} at start, ${m.loadAverageAtEnd[0].toFixed(2)} at end, ` +
      `on ${m.cpuCount} CPUs${load > m.cpuCount ? ": a busy machine, wall times are inflated; the CPU ratio is steadier" : ""}`,
  );
  return lines.join("\n");
}
