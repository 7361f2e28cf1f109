// The syntax-error corpus: every snippet under cases/ must fail as python3 fails on it — same
// class, message, position and text (recorded in expected.json by
// scripts/regen-syntax-errors.mjs) — and our report must be python3's stderr, byte for byte.
//
// Snippets of stage "parser" must make `parse` throw. Snippets of stage "compiler" must parse
// (CPython's parser accepts them) and then fail in the compiler (symtable, codegen).
//
// Known mismatches are listed in expected-failures.txt, one `NAME.py  reason` per line. The list
// is strict: a listed case that passes fails the test, so the list shrinks as the parser grows.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { SyntaxErrorFields } from "../../src/parser/syntax-error-format.js";
import { formatSyntaxError } from "../../src/parser/syntax-error-format.js";
import { PythonSyntaxError } from "../../src/parser/syntax-error.js";

interface ExpectedCase extends SyntaxErrorFields {
  readonly stage: "parser" | "compiler";
  readonly stderr: string;
  /** What compile(bytes) reports, when it differs from `python3 SNIPPET` (null: it compiles). */
  readonly compile?: SyntaxErrorFields | null;
}

type ParseFunction = (
  source: string | Uint8Array,
  filename: string,
  mode?: "exec",
  options?: { input?: "file" | "bytes" },
) => unknown;
type CompileFunction = (
  tree: unknown,
  filename: string,
  mode: "exec",
  options: { source: string },
) => unknown;

const dir = join(process.cwd(), "tests", "syntax-errors");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
  cases: Record<string, ExpectedCase>;
};
const expectedFailures = readExpectedFailures(join(dir, "expected-failures.txt"));

function readExpectedFailures(path: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const space = line.search(/\s/);
    assert.ok(space > 0, `expected-failures.txt: "${line}" has no reason`);
    map.set(line.slice(0, space), line.slice(space).trim());
  }
  return map;
}

/** Loads an optional module: null while it has not been written yet. */
async function optionalModule(relative: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(new URL(relative, import.meta.url).href)) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof Error && "code" in e && e.code === "ERR_MODULE_NOT_FOUND") return null;
    throw e;
  }
}

const parserModule = await optionalModule("../../src/parser/parser.js");
const parse = (parserModule?.["parse"] ?? null) as ParseFunction | null;
const compilerModule = await optionalModule("../../src/compiler/compile.js");
const compile = (compilerModule?.["compile"] ?? null) as CompileFunction | null;

const FIELDS = ["kind", "msg", "filename", "lineno", "offset", "endLineno", "endOffset", "text"] as const;

/** What differs between the error we raised and CPython's; empty when they agree. */
function compareError(
  error: unknown,
  want: SyntaxErrorFields & { readonly stderr?: string },
  where: string,
): string[] {
  if (!(error instanceof PythonSyntaxError)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [`${where} threw ${what}, not a PythonSyntaxError`];
  }
  const diffs: string[] = [];
  for (const field of FIELDS) {
    const got: unknown = error[field];
    if (got !== want[field])
      diffs.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want[field])}`);
  }
  const report = formatSyntaxError(error);
  if (want.stderr !== undefined && report !== want.stderr)
    diffs.push(`report: got ${JSON.stringify(report)}, want ${JSON.stringify(want.stderr)}`);
  return diffs;
}

/**
 * Runs one snippet through our pipeline and lists how it differs from python3: read as a script
 * file (parse's "file" input) it must fail as `python3 SNIPPET` does, and read as bytes as
 * compile(bytes) does (the `compile` record, when python3 recorded a difference).
 */
function check(name: string, want: ExpectedCase): string[] {
  if (parse === null) return ["no parser yet (src/parser/parser.ts)"];
  const diffs = checkInput(name, want, "file", want);
  if (want.compile === null) return [...diffs, "bytes: compile(bytes) succeeds in python3"];
  const asBytes = want.compile ?? want;
  return [...diffs, ...checkInput(name, want, "bytes", asBytes).map((d) => `bytes: ${d}`)];
}

function checkInput(
  name: string,
  want: ExpectedCase,
  input: "file" | "bytes",
  fields: SyntaxErrorFields & { readonly stderr?: string },
): string[] {
  const source = readFileSync(join(dir, "cases", name));
  const filename = `tests/syntax-errors/cases/${name}`;
  // The report is python3's stderr only for the script run; compile(bytes) has no report.
  const expectedFields = input === "file" ? fields : { ...fields, stderr: undefined };
  let tree: unknown;
  try {
    tree = parse!(new Uint8Array(source), filename, "exec", { input });
  } catch (error) {
    if (want.stage === "parser") return compareError(error, expectedFields, "parse");
    return [
      "parse raised, but CPython's parser accepts this (the compiler rejects it)",
      ...compareError(error, expectedFields, "parse"),
    ];
  }
  if (want.stage === "parser")
    return ["parse returned a tree; python3 raises " + `${fields.kind}: ${fields.msg}`];
  if (compile === null) return ["compiler stage: no compiler yet (src/compiler/compile.ts)"];
  try {
    // The compiler takes the source text for its errors' `text`.
    compile(tree, filename, "exec", { source: new TextDecoder().decode(source) });
  } catch (error) {
    return compareError(error, expectedFields, "compile");
  }
  return [`compile returned code; python3 raises ${fields.kind}: ${fields.msg}`];
}

test("expected-failures.txt only names snippets of the corpus", () => {
  for (const name of expectedFailures.keys()) assert.ok(name in expected.cases, `unknown case ${name}`);
});

for (const stage of ["parser", "compiler"] as const) {
  describe(`${stage}-stage syntax errors`, () => {
    for (const [name, want] of Object.entries(expected.cases)) {
      if (want.stage !== stage) continue;
      // Until the parser exists, every case is reported as todo rather than hidden.
      const todo = parse === null ? "no parser yet (src/parser/parser.ts)" : false;
      test(name, { todo }, () => {
        const diffs = check(name, want);
        const reason = expectedFailures.get(name);
        if (reason === undefined) assert.deepEqual(diffs, [], `${name}:\n  ${diffs.join("\n  ")}`);
        else assert.notDeepEqual(diffs, [], `${name} passes now: remove it from expected-failures.txt`);
      });
    }
  });
}
