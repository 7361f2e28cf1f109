// Parser fuzzing. Seeded inputs — stdlib files (read from the local CPython at test time) mutated
// at the byte and token level, plus purely random ones — go through `parse`. Every outcome must
// be a tree or a PythonSyntaxError with sane fields; any other exception is a bug, and so is a
// hang: the cases run in a worker thread that the main thread stops when it makes no progress.
// A sample of the mutants is also parsed by python3 (one batched process) to compare the kind of
// outcome, tree or SyntaxError.
//
// PYGLASS_FUZZ_CASES=N changes the number of cases, PYGLASS_FUZZ_SEED=S the seed, and
// PYGLASS_FUZZ_DUMP=N:FILE writes case N's input to FILE instead of running the cases, and
// PYGLASS_FUZZ_VERBOSE=1 lists sampled errors whose message or position differ from python3's.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { formatSyntaxError } from "../../src/parser/syntax-error-format.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";
import { pythonExecutable } from "../syntax-errors/python.js";

type ParseFunction = (source: string | Uint8Array, filename: string, mode?: "exec") => unknown;

const CASES = Number(process.env["PYGLASS_FUZZ_CASES"] ?? 4000);
const SEED = Number(process.env["PYGLASS_FUZZ_SEED"] ?? 3110);
/** PYGLASS_FUZZ_VERBOSE=1 also lists the sampled errors whose message or position differ. */
const VERBOSE = process.env["PYGLASS_FUZZ_VERBOSE"] === "1";
/** How many stdlib files feed the mutator, and how much of each (at a line boundary). */
const SOURCE_FILES = 80;
const MAX_SOURCE_BYTES = 12_000;
/** Every SAMPLE_EVERY-th case is also parsed by python3. */
const SAMPLE_EVERY = 4;
/** No progress for this long is a hang. */
const HANG_MS = 15_000;
/** One case taking longer than this is a failure too (pathological backtracking). */
const SLOW_CASE_MS = 2_000;

interface WorkerInput {
  readonly files: readonly string[];
  readonly cases: number;
  readonly seed: number;
  /** Shared progress counter: index of the case being parsed. */
  readonly progress: SharedArrayBuffer;
}

/** What one case gave: "ok", a sane syntax error, or a problem (anything else). */
interface Outcome {
  readonly index: number;
  readonly kind: "ok" | "error" | "problem";
  readonly detail: string;
  /** Sampled cases carry their input (base64) and fields, for python3. */
  readonly input?: string;
  readonly fields?: { msg: string; lineno: number | null; offset: number | null };
  /** The input had raw bytes damaged (not valid text), or was random bytes. */
  readonly bytes?: boolean;
}

interface WorkerResult {
  readonly outcomes: Outcome[];
  readonly slowest: { index: number; ms: number; description: string };
  readonly totalBytes: number;
  readonly counts: Record<string, number>;
}

/** mulberry32: small, fast and good enough to drive mutations reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const encoder = new TextEncoder();

/** Fragments worth inserting: brackets, quotes, prefixes, operators, keywords, odd characters. */
const FRAGMENTS = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "'''",
  '"""',
  "f'",
  'f"',
  "b'",
  "rb'",
  "f'{",
  "}'",
  "{x!r}",
  "\\",
  "\\\n",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "    ",
  " ",
  "\f",
  ":",
  ",",
  ";",
  ".",
  "...",
  "=",
  "==",
  ":=",
  "->",
  "*",
  "**",
  "@",
  "+",
  "-",
  "/",
  "//",
  "%",
  "<<",
  "~",
  "!",
  "!=",
  "<",
  ">=",
  "|",
  "&",
  "^",
  "#",
  "$",
  "?",
  "`",
  "0",
  "1",
  "0x",
  "0o7",
  "0b1",
  "1_0",
  "1e",
  "1.5j",
  "09",
  "x",
  "_",
  "é",
  "€",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "𝔘",
  "\u0000",
  "def ",
  "class ",
  "if ",
  "elif ",
  "else:",
  "for ",
  "while ",
  "in ",
  "not ",
  "is ",
  "and ",
  "or ",
  "lambda ",
  "lambda: ",
  "yield ",
  "await ",
  "async ",
  "return ",
  "match ",
  "case ",
  "_ ",
  "try:",
  "except* ",
  "except ",
  "finally:",
  "with ",
  "as ",
  "import ",
  "from ",
  "global ",
  "nonlocal ",
  "del ",
  "pass",
  "break",
  "continue",
  "raise ",
  "assert ",
  "print ",
  "None",
  "True",
  "__debug__",
  "# coding: latin-1\n",
];

/** A crude token split: identifiers/numbers, runs of spaces, newlines, single other characters. */
function crudeTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|[ \t]+|\n|[^]/gu) ?? [];
}

function mutate(text: string, next: () => number): { source: string | Uint8Array; description: string } {
  const int = (n: number): number => Math.floor(next() * n);
  const at = (): number => int(text.length + 1);
  const fragment = (): string => FRAGMENTS[int(FRAGMENTS.length)]!;
  const times = 1 + int(3);
  let t = text;
  const steps: string[] = [];
  for (let i = 0; i < times; i++) {
    const op = int(11);
    const p = Math.min(at(), t.length);
    const len = 1 + int(24);
    switch (op) {
      case 0:
        t = t.slice(0, p) + t.slice(p + len);
        steps.push(`delete ${p}+${len}`);
        break;
      case 1:
        t = t.slice(0, p + len) + t.slice(p, p + len) + t.slice(p + len);
        steps.push(`duplicate ${p}+${len}`);
        break;
      case 2: {
        const q = Math.min(at(), t.length);
        const [a, b] = p < q ? [p, q] : [q, p];
        const n = Math.min(len, b - a);
        t = t.slice(0, a) + t.slice(b, b + n) + t.slice(a + n, b) + t.slice(a, a + n) + t.slice(b + n);
        steps.push(`swap ${a}/${b}+${n}`);
        break;
      }
      case 3:
      case 4: {
        const f = fragment();
        t = t.slice(0, p) + f + t.slice(p);
        steps.push(`insert ${JSON.stringify(f)} at ${p}`);
        break;
      }
      case 5:
        t = t.slice(0, p);
        steps.push(`truncate ${p}`);
        break;
      case 6: {
        // Indentation at a line start.
        const lineStart = t.lastIndexOf("\n", p - 1) + 1;
        const indent = ["\t", " ", "    ", "  \t", "        "][int(5)]!;
        t = t.slice(0, lineStart) + indent + t.slice(lineStart);
        steps.push(`indent line at ${lineStart}`);
        break;
      }
      case 7:
      case 8:
      case 9: {
        // Token-level: delete, duplicate or swap whole crude tokens.
        const toks = crudeTokens(t);
        if (toks.length < 2) break;
        const k = int(toks.length);
        const j = int(toks.length);
        if (op === 7) toks.splice(k, 1);
        else if (op === 8) toks.splice(k, 0, toks[k]!);
        else [toks[k], toks[j]] = [toks[j]!, toks[k]!];
        t = toks.join("");
        steps.push(`${["delete", "duplicate", "swap"][op - 7]} token ${k}`);
        break;
      }
      default: {
        // Swap two lines.
        const lines = t.split("\n");
        const k = int(lines.length);
        const j = int(lines.length);
        [lines[k], lines[j]] = [lines[j]!, lines[k]!];
        t = lines.join("\n");
        steps.push(`swap lines ${k}/${j}`);
      }
    }
  }
  // Now and then, damage the bytes themselves: invalid UTF-8, NUL, a stray high byte.
  if (next() < 0.05) {
    const bytes = encoder.encode(t);
    const out = new Uint8Array(bytes.length + 1);
    const p = int(bytes.length + 1);
    out.set(bytes.subarray(0, p));
    out[p] = [0x00, 0x80, 0xc3, 0xff, 0xe2][int(5)]!;
    out.set(bytes.subarray(p), p + 1);
    steps.push(`byte ${out[p]} at ${p}`);
    return { source: out, description: steps.join(", ") };
  }
  return { source: t, description: steps.join(", ") };
}

/** A purely random input: fragments, identifiers and newlines, or random bytes. */
function randomInput(next: () => number): { source: string | Uint8Array; description: string } {
  const int = (n: number): number => Math.floor(next() * n);
  if (next() < 0.15) {
    const bytes = new Uint8Array(int(200));
    for (let i = 0; i < bytes.length; i++) bytes[i] = int(256);
    return { source: bytes, description: `random bytes (${bytes.length})` };
  }
  let s = "";
  for (let n = int(60); n > 0; n--)
    s += next() < 0.7 ? FRAGMENTS[int(FRAGMENTS.length)]! : ["a", "b1", "\n", " "][int(4)]!;
  return { source: s, description: `random fragments (${s.length} chars)` };
}

/** The rules every syntax error must follow, whatever the input. */
function insanity(e: PythonSyntaxError, lineCount: number): string | null {
  if (!["SyntaxError", "IndentationError", "TabError"].includes(e.kind)) return `kind ${e.kind}`;
  if (typeof e.msg !== "string" || e.msg === "") return "empty message";
  // CPython reports decoding errors without a line; everything else has one inside the file.
  const decoding = /encoding|decode|Non-UTF-8|null bytes/.test(e.msg);
  const lineno = e.lineno ?? 0;
  if (!(Number.isInteger(e.lineno) && lineno >= 1) && !decoding) return `lineno ${e.lineno}`;
  if (lineno > lineCount + 1) return `lineno ${e.lineno} past the end (${lineCount} lines)`;
  if (!(Number.isInteger(e.offset) && (e.offset ?? -1) >= 0) && !decoding) return `offset ${e.offset}`;
  if (e.text !== null && typeof e.text !== "string") return "text is not a string";
  if (e.endLineno !== null && !(Number.isInteger(e.endLineno) && e.endLineno >= lineno))
    return `endLineno ${e.endLineno}`;
  if (e.endOffset !== null && !Number.isInteger(e.endOffset)) return `endOffset ${e.endOffset}`;
  const report = formatSyntaxError(e);
  if (!report.includes(e.kind)) return "report lacks the class";
  return null;
}

function countLines(source: string | Uint8Array): number {
  let n = 1;
  if (typeof source === "string") {
    for (let i = 0; i < source.length; i++)
      if (source.charCodeAt(i) === 10 || source.charCodeAt(i) === 13) n++;
  } else {
    for (const b of source) if (b === 10 || b === 13) n++;
  }
  return n;
}

interface FuzzCase {
  readonly source: string | Uint8Array;
  readonly description: string;
}

/** The cases, in order: four mutants of stdlib files, then one random input, and again. */
function* generateCases(files: readonly string[], seed: number): Generator<FuzzCase, never> {
  const next = random(seed);
  const sources = files.map((f) => {
    let text = readFileSync(f, "utf8");
    if (text.length > MAX_SOURCE_BYTES) text = text.slice(0, text.lastIndexOf("\n", MAX_SOURCE_BYTES) + 1);
    return text;
  });
  for (let index = 0; ; index++) {
    yield index % 5 === 4 ? randomInput(next) : mutate(sources[Math.floor(next() * sources.length)]!, next);
  }
}

/** A case's input as a short printable excerpt, for failure messages. */
function excerpt(source: string | Uint8Array): string {
  const text = typeof source === "string" ? source : Buffer.from(source).toString("latin1");
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

/** The worker: generates and parses every case, publishing progress for the watchdog. */
async function runWorker(input: WorkerInput): Promise<WorkerResult> {
  const parserModule = (await import(new URL("../../src/parser/parser.js", import.meta.url).href)) as Record<
    string,
    unknown
  >;
  const parse = parserModule["parse"] as ParseFunction;
  const progress = new Int32Array(input.progress);
  const cases = generateCases(input.files, input.seed);
  const outcomes: Outcome[] = [];
  const counts: Record<string, number> = { ok: 0, error: 0, problem: 0 };
  let slowest = { index: -1, ms: 0, description: "" };
  let totalBytes = 0;
  for (let index = 0; index < input.cases; index++) {
    Atomics.store(progress, 0, index);
    const { source, description } = cases.next().value!;
    totalBytes += typeof source === "string" ? source.length : source.length;
    const started = performance.now();
    let kind: Outcome["kind"];
    let detail = description;
    let fields: Outcome["fields"];
    try {
      // Bytes, as python3 gets them: a leading U+FEFF is then a BOM, as in a file.
      const tree = parse(typeof source === "string" ? encoder.encode(source) : source, "<fuzz>", "exec") as {
        _type?: string;
      } | null;
      if (tree !== null && typeof tree === "object" && tree._type === "Module") kind = "ok";
      else {
        kind = "problem";
        detail = `parse returned ${JSON.stringify(tree)?.slice(0, 80)}; ${description}`;
      }
    } catch (e) {
      if (e instanceof PythonSyntaxError) {
        const bad = insanity(e, countLines(source));
        kind = bad === null ? "error" : "problem";
        if (bad !== null) detail = `${bad} in ${e.kind}: ${e.msg}; ${description}`;
        fields = { msg: e.msg, lineno: e.lineno, offset: e.offset };
      } else {
        kind = "problem";
        const what = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
        detail = `${what.slice(0, 600)}; ${description}; input ${excerpt(source)}`;
      }
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { index, ms, description };
    counts[kind] = (counts[kind] ?? 0) + 1;
    const sampled = index % SAMPLE_EVERY === 0;
    if (sampled || kind === "problem") {
      const bytes = typeof source === "string" ? encoder.encode(source) : source;
      outcomes.push({
        index,
        kind,
        detail,
        bytes: typeof source !== "string",
        input: Buffer.from(bytes).toString("base64"),
        ...(fields ? { fields } : {}),
      });
    }
  }
  return { outcomes, slowest, totalBytes, counts };
}

if (!isMainThread) {
  const result = await runWorker(workerData as WorkerInput);
  parentPort?.postMessage(result);
} else {
  await mainThread();
}

/** The stdlib files that feed the mutator: a deterministic spread over the sorted list. */
function stdlibFiles(): string[] {
  const r = spawnSync(
    pythonExecutable(),
    ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
    {
      encoding: "utf8",
    },
  );
  const root = r.stdout.trim();
  const all: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === "site-packages" || name === "__pycache__") continue;
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.endsWith(".py") && !/bad|badsyntax|tokenizedata/.test(path)) all.push(path);
    }
  };
  walk(root);
  const step = Math.max(1, Math.floor(all.length / SOURCE_FILES));
  return all.filter((_, i) => i % step === 0).slice(0, SOURCE_FILES);
}

function runInWorker(input: WorkerInput): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: input });
    const progress = new Int32Array(input.progress);
    let last = -1;
    let lastChange = Date.now();
    const timer = setInterval(() => {
      const now = Atomics.load(progress, 0);
      if (now !== last) {
        last = now;
        lastChange = Date.now();
      } else if (Date.now() - lastChange > HANG_MS) {
        clearInterval(timer);
        void worker.terminate();
        // The worker cannot speak while it spins: regenerate the case here to name it.
        const cases = generateCases(input.files, input.seed);
        for (let i = 0; i < now; i++) cases.next();
        const c = cases.next().value!;
        reject(
          new Error(
            `parse hangs on case ${now} (seed ${input.seed}): no progress for ${HANG_MS} ms; ` +
              `${c.description}; input ${excerpt(c.source)}`,
          ),
        );
      }
    }, 250);
    worker.once("message", (result: WorkerResult) => {
      clearInterval(timer);
      resolve(result);
    });
    worker.once("error", (e) => {
      clearInterval(timer);
      reject(e);
    });
  });
}

/** ast.parse on each input (base64): "ok", or the SyntaxError's msg, lineno and offset. */
const CPYTHON_OUTCOMES = `
import ast, base64, json, sys
out = []
for data in json.load(sys.stdin):
    try:
        ast.parse(base64.b64decode(data), "<fuzz>")
        out.append({"kind": "ok"})
    except SyntaxError as e:
        out.append({"kind": "error", "msg": e.msg, "lineno": e.lineno, "offset": e.offset})
    except Exception as e:
        out.append({"kind": "other", "msg": type(e).__name__ + ": " + str(e)[:200]})
print(json.dumps(out))
`;

async function mainThread(): Promise<void> {
  const dump = process.env["PYGLASS_FUZZ_DUMP"];
  if (dump !== undefined) {
    // Reproduction aid: PYGLASS_FUZZ_DUMP=N:FILE writes case N's input to FILE.
    const [index, file] = dump.split(":");
    test(`fuzz case ${index} written to ${file}`, (t) => {
      const cases = generateCases(stdlibFiles(), SEED);
      for (let i = 0; i < Number(index); i++) cases.next();
      const c = cases.next().value!;
      writeFileSync(file!, c.source);
      t.diagnostic(c.description);
    });
    return;
  }
  let parserPresent = true;
  try {
    await import(new URL("../../src/parser/parser.js", import.meta.url).href);
  } catch {
    parserPresent = false;
  }
  const todo = parserPresent ? false : "no parser yet (src/parser/parser.ts)";
  let result: WorkerResult | undefined;

  test(`${CASES} fuzzed inputs give a tree or a sane SyntaxError, without hanging`, { todo }, async (t) => {
    const files = stdlibFiles();
    assert.ok(files.length >= 20, "the local CPython stdlib was not found");
    const started = Date.now();
    result = await runInWorker({ files, cases: CASES, seed: SEED, progress: new SharedArrayBuffer(4) });
    const seconds = (Date.now() - started) / 1000;
    t.diagnostic(
      `${CASES} cases, ${(result.totalBytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s: ` +
        `${result.counts["ok"]} trees, ${result.counts["error"]} syntax errors, ${result.counts["problem"]} problems; ` +
        `slowest case ${result.slowest.index} ${result.slowest.ms.toFixed(0)} ms (${result.slowest.description})`,
    );
    const problems = result.outcomes.filter((o) => o.kind === "problem");
    for (const p of problems.slice(0, 10)) t.diagnostic(`case ${p.index}: ${p.detail}`);
    assert.equal(
      problems.length,
      0,
      `${problems.length} inputs broke parse (seed ${SEED}); first: ${problems[0]?.detail}`,
    );
    assert.ok(result.slowest.ms < SLOW_CASE_MS, `case ${result.slowest.index} took ${result.slowest.ms} ms`);
  });

  // Text inputs must be accepted or rejected exactly as python3 does. Byte-damaged inputs are
  // only reported: python3 reads a script file with its file tokenizer, which checks every line
  // is UTF-8, but ast.parse(bytes) uses the string tokenizer, which does not (invalid bytes in a
  // comment pass, elsewhere some raise UnicodeDecodeError); pyglass follows the file reader.
  test("sampled mutants are accepted or rejected as python3 does", { todo }, (t) => {
    assert.ok(result, "the fuzz run did not complete");
    const sample = result.outcomes.filter((o) => o.index % SAMPLE_EVERY === 0 && o.kind !== "problem");
    const runs = spawnSync(pythonExecutable(), ["-c", CPYTHON_OUTCOMES], {
      input: JSON.stringify(sample.map((o) => o.input)),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    assert.equal(runs.status, 0, runs.stderr);
    const theirs = JSON.parse(runs.stdout) as {
      kind: string;
      msg?: string;
      lineno?: number;
      offset?: number;
    }[];
    const textDisagreements: string[] = [];
    let bytesDisagree = 0;
    let bytesSampled = 0;
    let sameError = 0;
    let bothErrors = 0;
    sample.forEach((ours, i) => {
      const cp = theirs[i]!;
      if (ours.bytes) bytesSampled++;
      if (cp.kind === "error" && ours.kind === "error") {
        bothErrors++;
        const f = ours.fields!;
        if (f.msg === cp.msg && f.lineno === cp.lineno && f.offset === cp.offset) sameError++;
        else if (VERBOSE)
          t.diagnostic(
            `message case ${ours.index}: python3 ${cp.msg} at ${cp.lineno}:${cp.offset}; ` +
              `pyglass ${f.msg} at ${f.lineno}:${f.offset}; ${ours.detail}`,
          );
      }
      if (cp.kind === ours.kind) return;
      const line =
        `case ${ours.index}: python3 ${cp.kind}${cp.msg ? ` (${cp.msg} at ${cp.lineno}:${cp.offset})` : ""}, ` +
        `pyglass ${ours.kind}${ours.fields ? ` (${ours.fields.msg} at ${ours.fields.lineno}:${ours.fields.offset})` : ""}; ${ours.detail}`;
      if (ours.bytes) {
        bytesDisagree++;
        t.diagnostic(`bytes ${line}`);
      } else textDisagreements.push(line);
    });
    t.diagnostic(
      `${sample.length} sampled: ${textDisagreements.length} text and ${bytesDisagree} of ${bytesSampled} byte-damaged ` +
        `inputs disagree on tree/SyntaxError; ${sameError} of ${bothErrors} common errors have python3's msg, line and offset`,
    );
    for (const line of textDisagreements.slice(0, 15)) t.diagnostic(line);
    assert.equal(textDisagreements.length, 0, `first: ${textDisagreements[0]}`);
  });
}
