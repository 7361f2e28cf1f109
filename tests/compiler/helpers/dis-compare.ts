/**
 * Compares `dis` output of pyglass and CPython for source files. CPython's side runs in one
 * python3 process for all files (PYTHONHASHSEED=0, so frozenset reprs are reproducible);
 * pyglass's side parses with pyglass's parser, or with CPython's parser through the JSON bridge.
 * Used by tests/compiler/dis-cases.test.ts and scripts/compare-dis.mjs.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type * as ast from "../../../src/parser/ast.generated.js";
import { parse } from "../../../src/parser/parser.js";
import { decodeSource } from "../../../src/parser/source.js";
import { PythonSyntaxError } from "../../../src/parser/syntax-error.js";
import { compile } from "../../../src/compiler/compile.js";
import { dis } from "../../../src/compiler/dis.js";
import { PYTHON, cpythonAsts } from "./cpython-ast.js";

/** The same text python3 writes for a file: `dis.dis(compile(source, path, "exec"))`. */
const CPYTHON_DIS = `
import dis, io, json, sys
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        source = f.read()
    buf = io.StringIO()
    try:
        dis.dis(compile(source, path, "exec"), file=buf)
    except SyntaxError as e:
        buf.write("SyntaxError: %s (line %s, offset %s)\\n" % (e.msg, e.lineno, e.offset))
    out.append(buf.getvalue())
sys.stdout.write(json.dumps(out))
`;

/** Code object addresses differ from run to run: `at 0x7f3a…` becomes `at 0x…`. */
export function normalizeAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-f]+/g, " at 0x...");
}

export function cpythonDis(files: readonly string[]): string[] {
  const out = execFileSync(PYTHON, ["-c", CPYTHON_DIS, ...files], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
  return (JSON.parse(out) as string[]).map(normalizeAddresses);
}

function syntaxErrorLine(e: PythonSyntaxError): string {
  return `SyntaxError: ${e.msg} (line ${e.lineno}, offset ${e.offset})\n`;
}

/** pyglass's dis of a file; `tree` (CPython's AST) replaces pyglass's parser when given. */
export function pyglassDis(file: string, tree?: ast.mod): string {
  const bytes = readFileSync(file);
  try {
    const { text } = decodeSource(bytes, file);
    const mod = tree ?? parse(text, file, "exec");
    return normalizeAddresses(dis(compile(mod, file, "exec", { source: text })));
  } catch (e) {
    if (e instanceof PythonSyntaxError) return syntaxErrorLine(e);
    throw e;
  }
}

export interface DisComparison {
  readonly file: string;
  readonly expected: string;
  readonly actual: string;
  readonly same: boolean;
}

/** Compares every file; with `bridge`, pyglass compiles CPython's AST instead of its own. */
export function compareDis(files: readonly string[], bridge = false): DisComparison[] {
  const expected = cpythonDis(files);
  const trees = bridge ? cpythonAsts(files) : null;
  return files.map((file, i) => {
    const tree = trees?.[i];
    const actual = pyglassDis(file, tree !== undefined && !("error" in tree) ? tree : undefined);
    return { file, expected: expected[i]!, actual, same: actual === expected[i] };
  });
}

/** A unified-ish diff of two texts, line by line, for reports. */
export function lineDiff(expected: string, actual: string, context = 2): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  // The common prefix and suffix are context at most; diff the middle.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a[a.length - 1 - post] === b[b.length - 1 - post])
    post++;
  const midA = a.slice(pre, a.length - post);
  const midB = b.slice(pre, b.length - post);
  const ops: string[] = a.slice(Math.max(0, pre - context), pre).map((l) => `  ${l}`);
  const n = midA.length;
  const m = midB.length;
  if (n * m > 4_000_000) {
    // Too big for a table: show both middles.
    ops.push(...midA.map((l) => `- ${l}`), ...midB.map((l) => `+ ${l}`));
  } else {
    // Longest common subsequence table.
    const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] =
          midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push(`  ${midA[i]}`);
        i++;
        j++;
      } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
        ops.push(`+ ${midB[j]}`);
        j++;
      } else {
        ops.push(`- ${midA[i]}`);
        i++;
      }
    }
  }
  ops.push(...a.slice(a.length - post, a.length - post + context).map((l) => `  ${l}`));
  const keep = ops.map((_op, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some((o) => !o.startsWith("  ")),
  );
  return ops.filter((_, k) => keep[k]).join("\n");
}

/** tests/compiler/dis-known-differences.txt: `case-name  reason`, `#` comments. */
export function loadKnownDifferences(path: string): Map<string, string> {
  const known = new Map<string, string>();
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(\S+)\s+(.+)$/.exec(line);
    if (m === null) throw new Error(`${path}: a known difference needs a reason: ${line}`);
    known.set(m[1]!, m[2]!);
  }
  return known;
}
