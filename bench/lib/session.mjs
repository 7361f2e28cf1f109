// Measures one program under each interpreter: warm-up runs, then timed runs, alternating
// CPython and pyglass so that drift in the machine's load touches both alike. CPython's first
// output is the reference; pyglass's output must equal it byte for byte, and CPython's own
// later runs must too (a benchmark whose output changes between runs is broken).
import { measure, parseChecksum } from "./measure.mjs";
import { summarize } from "./stats.mjs";

/** A short, honest reason for a failed run: the last line that explains it. */
export function failureDetail(m, timeoutSeconds) {
  if (m.timedOut) return `killed after ${timeoutSeconds} s`;
  const lines = m.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter(
      (l) => l !== "" && !l.startsWith("at ") && !/^Node\.js v\d/.test(l) && !l.startsWith("bench-elapsed:"),
    );
  const last = lines.length > 0 ? lines[lines.length - 1] : null;
  const how = m.signal !== null ? `signal ${m.signal}` : `exit ${m.exitCode}`;
  return last === null ? how : `${how}: ${last.length > 200 ? `${last.slice(0, 200)}…` : last}`;
}

/**
 * Status of one run given the reference output (null while there is none). Benchmarks must
 * print a checksum line; the start-up program (`needChecksum` false) only prints a greeting.
 */
export function classify(m, reference, timeoutSeconds, needChecksum = true) {
  if (m.timedOut) return { status: "timeout", detail: failureDetail(m, timeoutSeconds) };
  if (m.exitCode !== 0) return { status: "error", detail: failureDetail(m, timeoutSeconds) };
  const checksum = parseChecksum(m.stdout);
  if (needChecksum && checksum === null)
    return { status: "wrong-output", detail: "no checksum line on stdout" };
  if (reference !== null && m.stdout !== reference) {
    const shown = checksum ?? m.stdout.split("\n")[0].slice(0, 80);
    return { status: "wrong-output", detail: `printed ${JSON.stringify(shown)}` };
  }
  return { status: "ok", detail: null };
}

function newSide(interpreter) {
  return { interpreter, status: "ok", detail: null, checksum: null, stderrTail: null, runs: [] };
}

function finish(side) {
  const { interpreter, ...rest } = side;
  return {
    ...rest,
    interpreter: interpreter.id,
    wall: summarize(side.runs, "wallSeconds"),
    inProcess: summarize(side.runs, "inProcessSeconds"),
    cpu: summarize(side.runs, "cpuSeconds"),
    peakRssKb:
      side.runs.reduce((a, r) => (r.maxRssKb !== null && r.maxRssKb > a ? r.maxRssKb : a), 0) || null,
  };
}

/**
 * pyglass's median over CPython's for one field ("wall", "inProcess" or "cpu"); null
 * unless both ran correctly and both medians exist.
 */
export function medianRatio(pyglass, cpython, field) {
  if (pyglass === null || pyglass.status !== "ok" || cpython.status !== "ok") return null;
  const a = pyglass[field].median;
  const b = cpython[field].median;
  return a === null || b === null || b === 0 ? null : a / b;
}

/**
 * Runs `program` (path) with `args` under the interpreters (CPython first) and returns, per
 * interpreter, its status, checksum line, every timed run and their medians.
 */
export async function measureProgram(path, args, interpreters, options, probe) {
  const sides = interpreters.map(newSide);
  const [reference] = sides;
  let expected = null;
  const total = options.warmup + options.runs;
  for (let round = 0; round < total; round++) {
    for (const side of sides) {
      if (side.status !== "ok" || (side !== reference && reference.status !== "ok")) continue;
      const m = await measure(side.interpreter.command(path, args), {
        cwd: options.root,
        env: options.env,
        timeoutSeconds: options.timeout,
        probe,
      });
      const verdict = classify(m, expected, options.timeout, options.needChecksum !== false);
      if (side === reference && expected === null && verdict.status === "ok") expected = m.stdout;
      if (verdict.status !== "ok") {
        side.status =
          side === reference && expected !== null && verdict.status === "wrong-output"
            ? "unstable"
            : verdict.status;
        side.detail = verdict.detail;
        side.stderrTail = m.stderr.slice(-2000);
        side.checksum = parseChecksum(m.stdout);
        continue;
      }
      side.checksum = parseChecksum(m.stdout);
      if (round >= options.warmup) {
        side.runs.push({
          wallSeconds: m.wallSeconds,
          inProcessSeconds: m.inProcessSeconds,
          cpuSeconds: m.cpuSeconds,
          maxRssKb: m.maxRssKb,
        });
      }
    }
  }
  return sides.map(finish);
}
