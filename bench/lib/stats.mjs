// The few statistics the report needs. Medians, not means: one run disturbed by another
// process on the machine should not move the figure.

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function min(values) {
  return values.length === 0 ? null : Math.min(...values);
}

export function max(values) {
  return values.length === 0 ? null : Math.max(...values);
}

/** Geometric mean, the only mean that treats "2x slower" and "2x faster" symmetrically. */
export function geometricMean(values) {
  if (values.length === 0) return null;
  let logSum = 0;
  for (const v of values) logSum += Math.log(v);
  return Math.exp(logSum / values.length);
}

/** Median, min and max of one field over a list of runs, skipping runs that lack it. */
export function summarize(runs, field) {
  const values = runs.map((r) => r[field]).filter((v) => typeof v === "number");
  return { median: median(values), min: min(values), max: max(values) };
}
