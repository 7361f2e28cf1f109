// Records what python3 reports for every snippet of the syntax-error corpus
// (tests/syntax-errors/cases/*.py) into tests/syntax-errors/expected.json.
//
// Each snippet is run as `python3 SNIPPET` (the path python3 takes for a script: the file
// tokenizer, the file's own decoding), with a sitecustomize that wraps sys.excepthook to save the
// SyntaxError's fields before CPython's hook prints the report. So the fields and the stderr come
// from the same run. A second, batched python3 process runs `ast.parse` on each snippet: when
// that succeeds, the error comes from the compiler (symtable, codegen), not the parser; and
// `compile(bytes)` gives the fields the in-memory path reports, kept when they differ.
//
// Usage: node scripts/regen-syntax-errors.mjs [--check]
//   --check  exit 1 if expected.json is not what python3 reports now (nothing is written).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const casesDir = join(root, "tests", "syntax-errors", "cases");
const expectedFile = join(root, "tests", "syntax-errors", "expected.json");
const check = process.argv.includes("--check");

const SITECUSTOMIZE = `
import json, os, sys
_out = os.environ.get("PYGLASS_SYNTAX_OUT")
if _out:
    def _save_then_print(t, e, tb, _out=_out):
        if isinstance(e, SyntaxError):
            with open(_out, "w", encoding="utf-8") as f:
                json.dump({"kind": t.__name__, "msg": e.msg, "filename": e.filename,
                           "lineno": e.lineno, "offset": e.offset, "endLineno": e.end_lineno,
                           "endOffset": e.end_offset, "text": e.text,
                           "traceback": tb is not None}, f)
        sys.__excepthook__(t, e, tb)
    sys.excepthook = _save_then_print
`;

const STAGES = `
import ast, json, sys
out = []
for path, name in json.load(sys.stdin):
    with open(path, "rb") as f:
        data = f.read()
    r = {}
    try:
        ast.parse(data, name)
        r["stage"] = "compiler"
    except SyntaxError:
        r["stage"] = "parser"
    try:
        compile(data, name, "exec")
        r["compile"] = None
    except SyntaxError as e:
        r["compile"] = {"kind": type(e).__name__, "msg": e.msg, "filename": e.filename,
                        "lineno": e.lineno, "offset": e.offset, "endLineno": e.end_lineno,
                        "endOffset": e.end_offset, "text": e.text}
    out.append(r)
print(json.dumps(out))
`;

function pythonExecutable() {
  const command = process.env.PYTHON ?? "python3";
  const r = spawnSync(command, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot run ${command}: ${r.stderr}`);
  return r.stdout.trim();
}

const python = pythonExecutable();
const version = spawnSync(python, ["--version"], { encoding: "utf8" }).stdout.trim();
if (!version.startsWith("Python 3.11.")) throw new Error(`expected CPython 3.11, found ${version}`);

const work = mkdtempSync(join(tmpdir(), "pyglass-syntax-"));
writeFileSync(join(work, "sitecustomize.py"), SITECUSTOMIZE);
const fieldsFile = join(work, "fields.json");
const env = {
  ...process.env,
  PYTHONPATH: work,
  PYGLASS_SYNTAX_OUT: fieldsFile,
  PYTHONUTF8: "1",
  PYTHONHASHSEED: "0",
  PYTHONDONTWRITEBYTECODE: "1",
};

const names = readdirSync(casesDir)
  .filter((n) => n.endsWith(".py"))
  .sort();
const posix = (p) => p.split(sep).join("/");
const stages = JSON.parse(
  spawnSync(python, ["-c", STAGES], {
    input: JSON.stringify(names.map((n) => [join(casesDir, n), posix(relative(root, join(casesDir, n)))])),
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env,
  }).stdout,
);

const cases = {};
const problems = [];
names.forEach((name, i) => {
  const path = join(casesDir, name);
  const rel = posix(relative(root, path));
  rmSync(fieldsFile, { force: true });
  const r = spawnSync(python, [path], { cwd: root, encoding: "utf8", env, timeout: 10_000 });
  let fields;
  try {
    fields = JSON.parse(readFileSync(fieldsFile, "utf8"));
  } catch {
    problems.push(`${name}: python3 exited ${r.status} without a SyntaxError\n${r.stderr}`);
    return;
  }
  // python3 makes the script path absolute; the corpus speaks of it relative to the repository.
  const norm = (s) => (typeof s === "string" ? s.split(path).join(rel) : s);
  const stderr = norm(r.stderr);
  if (fields.traceback) problems.push(`${name}: the SyntaxError came with a traceback (raised at run time?)`);
  // A SyntaxError without a line number (a decoding error) is printed as its message alone.
  const head = fields.lineno === null ? `${fields.kind}: ` : `  File "${rel}"`;
  if (!stderr.startsWith(head)) problems.push(`${name}: stderr has more than the report:\n${stderr}`);
  const { stage, compile } = stages[i];
  const entry = {
    stage,
    kind: fields.kind,
    msg: norm(fields.msg),
    filename: norm(fields.filename),
    lineno: fields.lineno,
    offset: fields.offset,
    endLineno: fields.endLineno,
    endOffset: fields.endOffset,
    text: fields.text,
    stderr,
  };
  const same =
    compile !== null &&
    ["kind", "msg", "filename", "lineno", "offset", "endLineno", "endOffset", "text"].every(
      (k) => compile[k] === entry[k],
    );
  // How compile(bytes) differs from the script path, where it does (decoding errors, mostly).
  if (!same) entry.compile = compile;
  cases[name] = entry;
});
rmSync(work, { recursive: true, force: true });

if (problems.length > 0) {
  console.error(problems.join("\n\n"));
  process.exit(1);
}
const text = `${JSON.stringify({ python: version, cases }, null, 2)}\n`;
if (check) {
  let old = "";
  try {
    old = readFileSync(expectedFile, "utf8");
  } catch {
    // missing: stale
  }
  if (old !== text) {
    console.error("tests/syntax-errors/expected.json is stale: run node scripts/regen-syntax-errors.mjs");
    process.exit(1);
  }
  console.log(`${names.length} snippets, expected.json is fresh`);
} else {
  writeFileSync(expectedFile, text);
  const byStage = {};
  for (const c of Object.values(cases)) byStage[c.stage] = (byStage[c.stage] ?? 0) + 1;
  console.log(
    `${names.length} snippets recorded (${JSON.stringify(byStage)}) into ${posix(relative(root, expectedFile))}`,
  );
}
