// Compares what pyglass did with what python3 recorded, and says how they differ in a form a
// developer can read: a line diff of each differing stream, and a one-line summary of the first
// difference (used as the reason of new entries in tests/expected-failures.txt).
import type { Expectation } from "./expectation.js";
import type { Outcome } from "./runner.js";

export interface Comparison {
  readonly pass: boolean;
  /** Multi-line, readable description of every difference; empty when the case passes. */
  readonly report: string;
  /** One line: the first difference. */
  readonly firstDifference: string;
}

const MAX_DIFF_LINES = 60;
const MAX_REASON = 120;

/** Shows a line as is, unless invisible characters matter: then as a JSON string. */
function show(line: string): string {
  const invisible = [...line].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && ch !== "\t") || code === 0x7f;
  });
  return invisible || /\s$/.test(line) ? JSON.stringify(line) : line;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Op = readonly [" " | "-" | "+", string];

/** A shortest line diff (LCS) of the middle part that the common prefix and suffix leave. */
function lineDiff(expected: string[], actual: string[]): Op[] {
  let start = 0;
  while (start < expected.length && start < actual.length && expected[start] === actual[start]) start++;
  let endE = expected.length;
  let endA = actual.length;
  while (endE > start && endA > start && expected[endE - 1] === actual[endA - 1]) {
    endE--;
    endA--;
  }
  const e = expected.slice(start, endE);
  const a = actual.slice(start, endA);
  const ops: Op[] = expected.slice(Math.max(0, start - 3), start).map((l) => [" ", l] as const);
  if (e.length * a.length > 1_000_000) {
    ops.push(...e.map((l) => ["-", l] as const), ...a.map((l) => ["+", l] as const));
  } else {
    // lcs[i][j] = length of the longest common subsequence of e[i:] and a[j:].
    const lcs = Array.from({ length: e.length + 1 }, () => new Uint32Array(a.length + 1));
    for (let i = e.length - 1; i >= 0; i--)
      for (let j = a.length - 1; j >= 0; j--)
        lcs[i]![j] = e[i] === a[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < e.length || j < a.length) {
      if (i < e.length && j < a.length && e[i] === a[j]) {
        ops.push([" ", e[i++]!]);
        j++;
      } else if (i < e.length && (j === a.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
        ops.push(["-", e[i++]!]);
      else ops.push(["+", a[j++]!]);
    }
  }
  ops.push(...expected.slice(endE, endE + 3).map((l) => [" ", l] as const));
  return ops;
}

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return text === "" ? [] : lines;
}

function streamReport(name: string, expected: string, actual: string): string {
  const e = splitLines(expected);
  const a = splitLines(actual);
  let out = `${name} differs (- expected from python3, + pyglass):\n`;
  if (e.join("\n") === a.join("\n")) {
    const has = (t: string): string => (t.endsWith("\n") ? "ends with a newline" : "has no final newline");
    return `${out}  only the final newline: python3's ${has(expected)}, pyglass's ${has(actual)}\n`;
  }
  const ops = lineDiff(e, a);
  for (const [op, line] of ops.slice(0, MAX_DIFF_LINES)) out += `  ${op} ${show(line)}\n`;
  if (ops.length > MAX_DIFF_LINES) out += `  … ${ops.length - MAX_DIFF_LINES} more diff lines\n`;
  return out;
}

function firstLineDifference(name: string, expected: string, actual: string): string {
  const e = splitLines(expected);
  const a = splitLines(actual);
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const want = i < e.length ? JSON.stringify(clip(e[i]!, 50)) : "end of output";
  const got = i < a.length ? JSON.stringify(clip(a[i]!, 50)) : "end of output";
  if (want === got) return `${name}: differs only in the final newline`;
  return `${name} line ${i + 1}: expected ${want}, got ${got}`;
}

/** The last line of a Python error report in `stderr`, if pyglass printed one. */
function raised(stderr: string): string | undefined {
  if (!/^(?:Traceback \(most recent call last\):| {2}File ")/m.test(stderr)) return undefined;
  const lines = stderr.trimEnd().split("\n");
  return lines[lines.length - 1];
}

/**
 * The one-line summary: when pyglass raised an exception python3 did not, that exception says
 * most; otherwise the first differing line of stderr, then stdout, then the exit code.
 */
function summary(expected: Expectation, outcome: Outcome, firsts: readonly string[]): string {
  const ours = raised(outcome.stderr);
  if (ours !== undefined && raised(expected.stderr) !== ours) {
    const theirs = raised(expected.stderr);
    return theirs === undefined ? `pyglass raises ${ours}` : `pyglass raises ${ours}, python3 ${theirs}`;
  }
  return firsts[0]!;
}

export function compare(expected: Expectation, outcome: Outcome): Comparison {
  if (outcome.timedOut) {
    const why = `timed out after ${Math.round(outcome.milliseconds)} ms`;
    return { pass: false, report: why, firstDifference: why };
  }
  if (outcome.hostError !== undefined) {
    const first = outcome.hostError.split("\n")[0] ?? "";
    return {
      pass: false,
      report:
        `a JavaScript error escaped pyglass:\n${outcome.hostError}\n` +
        (outcome.stderr ? `stderr so far:\n${outcome.stderr}` : ""),
      firstDifference: clip(`host error: ${first}`, MAX_REASON),
    };
  }
  const parts: string[] = [];
  const firsts: string[] = [];
  if (outcome.stderr !== expected.stderr) {
    parts.push(streamReport("stderr", expected.stderr, outcome.stderr));
    firsts.push(firstLineDifference("stderr", expected.stderr, outcome.stderr));
  }
  if (outcome.stdout !== expected.stdout) {
    parts.push(streamReport("stdout", expected.stdout, outcome.stdout));
    firsts.push(firstLineDifference("stdout", expected.stdout, outcome.stdout));
  }
  if (outcome.exitCode !== expected.exitCode) {
    const line = `exit code: expected ${expected.exitCode}, got ${outcome.exitCode}`;
    parts.push(`${line}\n`);
    firsts.push(line);
  }
  if (outcome.outputTruncated) parts.push("(pyglass's output was cut at the output limit)\n");
  if (firsts.length === 0) return { pass: true, report: "", firstDifference: "" };
  return {
    pass: false,
    report: parts.join("\n"),
    firstDifference: clip(summary(expected, outcome, firsts), MAX_REASON),
  };
}
