// Decides whether what pyglass did with a program is a Python-level result: a normal exit, an
// uncaught Python exception with a well-formed traceback, a SyntaxError report, or a SystemExit —
// as opposed to a JavaScript error leaking out, a dead worker, or host values in the output.
import type { Outcome } from "../differential/runner.js";

// Text that a Python program cannot print unless it wrote it itself: values and traces of the host.
const HOST_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/\[object [A-Z]\w*\]/, "a JavaScript object's default string"],
  // Not "<undefined>": Python's charmap codecs say "character maps to <undefined>".
  [/(?<![<\w])undefined(?![>\w])/, "JavaScript's undefined"],
  [/^\s+at .*(?:\.[cm]?js|\.ts|node:internal)\S*\)?$/m, "a JavaScript stack frame"],
  [/file:\/\/\//, "a file: URL"],
  [
    /\b(?:RangeError|ReferenceError|SyntaxError): (?:Maximum call stack|Cannot |Invalid |[a-z]\w* is not defined)/,
    "a JavaScript error message",
  ],
  [
    /Cannot read properties of|is not a function|is not iterable \(cannot read property/,
    "a JavaScript TypeError message",
  ],
];

/** The last line of a Python error report: `Name: message` or `Name` (a dotted name allowed). */
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(?::(?: .*)?)?$/;

/**
 * In an error report, the line after the last frame (`  File "…", line N, in f` and its indented
 * source and caret lines) must name the exception. Messages may span lines, so only that first
 * line is checked. Lines of an exception group's report carry a `| ` prefix.
 */
function badErrorReport(stderr: string): string | undefined {
  // Only an exception group's report has the prefixes: a source line may begin with `|` too.
  const group = /^ *\+ Exception Group Traceback/m.test(stderr);
  const lines = stderr.split("\n").map((l) => (group ? l.replace(/^[ +|-]*\| ?/, "") : l));
  let k = -1;
  lines.forEach((l, i) => {
    if (/^ {2}File "[^"]*", line \d+/.test(l)) k = i;
  });
  if (k < 0) return undefined;
  k++;
  while (
    k < lines.length &&
    (lines[k]!.startsWith("    ") || lines[k]!.startsWith("  [Previous line repeated"))
  )
    k++;
  const line = lines[k] ?? "";
  return EXCEPTION_LINE.test(line)
    ? undefined
    : `the error report does not name the exception: ${JSON.stringify(line)}`;
}

/**
 * Returns why `outcome` is not a Python-level result, or undefined when it is. Text that looks
 * like a host leak is accepted when the program's source contains it, or `python3Output` (what
 * python3 printed for the same program) does: Python's own messages can say "undefined" too.
 */
export function notPythonLevel(source: string, outcome: Outcome, python3Output = ""): string | undefined {
  if (outcome.timedOut) return undefined;
  if (outcome.hostError !== undefined) return `a host error escaped: ${outcome.hostError.split("\n")[0]}`;
  const code = outcome.exitCode;
  if (code === undefined || !Number.isInteger(code) || code < 0 || code > 255)
    return `exit code ${String(code)}`;
  const output = outcome.stdout + outcome.stderr;
  for (const [pattern, what] of HOST_MARKERS) {
    const m = pattern.exec(output);
    if (m !== null && !source.includes(m[0].trim()) && !python3Output.includes(m[0].trim())) {
      return `${what} in the output: ${JSON.stringify(m[0])}`;
    }
  }
  if (code === 1) {
    const problem = badErrorReport(outcome.stderr);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
