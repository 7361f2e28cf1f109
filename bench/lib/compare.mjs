// Compares two result files benchmark by benchmark. Ratios are what is compared, not raw
// times: a ratio taken in one run (CPython and pyglass side by side) survives a change of
// machine load far better than two absolute times taken at different moments.

function ratioText(r) {
  return r === null || r === undefined ? "—" : `${r.toFixed(2)}×`;
}

function change(before, after) {
  if (before === null || after === null || before === undefined || after === undefined) return "";
  const pct = (after / before - 1) * 100;
  const word = pct < 0 ? "faster" : "slower";
  return Math.abs(pct) < 0.5 ? "same" : `${Math.abs(pct).toFixed(1)}% ${word}`;
}

function describe(result) {
  const m = result.machine;
  return `${result.timestamp} commit ${result.git.shortCommit ?? "?"} on ${m.cpuModel} ×${m.cpuCount}`;
}

/** Names of the benchmarks of a group that pyglass ran correctly, as one string. */
function ranCorrectly(result, group) {
  return result.benchmarks
    .filter((b) => b.group === group && b.ratio !== null)
    .map((b) => b.name)
    .sort()
    .join(",");
}

/** Text comparing `before` with `after` (both parsed result files). */
export function compareResults(before, after) {
  const lines = [`before: ${describe(before)}`, `after:  ${describe(after)}`];
  if (
    before.machine.hostname !== after.machine.hostname ||
    before.machine.cpuModel !== after.machine.cpuModel
  ) {
    lines.push("note: different machines; compare ratios only with care");
  }
  if (before.options.tiny !== after.options.tiny) lines.push("note: one of the two ran at tiny sizes");
  const old = new Map(before.benchmarks.map((b) => [b.name, b]));
  const rows = [["benchmark", "ratio before", "ratio after", "pyglass change", "status after"]];
  for (const b of after.benchmarks) {
    const a = old.get(b.name);
    const status =
      b.cpython.status !== "ok" ? `CPython ${b.cpython.status}` : (b.pyglass?.status ?? "not run");
    rows.push([b.name, ratioText(a?.ratio ?? null), ratioText(b.ratio), change(a?.ratio, b.ratio), status]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  lines.push(
    "",
    ...rows.map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    ),
  );
  for (const group of Object.keys(after.summary)) {
    const x = before.summary[group] ?? null;
    const y = after.summary[group];
    const over = (s) => (s === null ? "" : ` (over ${s.ranCorrectly})`);
    const same = x !== null && ranCorrectly(before, group) === ranCorrectly(after, group);
    // means over different sets of benchmarks do not compare; say so rather than a percentage
    const verdict = same
      ? change(x.geometricMeanRatio, y.geometricMeanRatio)
      : "not comparable: other benchmarks";
    lines.push(
      `${group} geometric mean: ${ratioText(x?.geometricMeanRatio)}${over(x)} -> ` +
        `${ratioText(y.geometricMeanRatio)}${over(y)} ${verdict}`,
    );
  }
  return lines.join("\n");
}
