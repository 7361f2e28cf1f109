// The `ast` module end to end on real code: for a fixed sample of python3's own stdlib files,
// pyglass's ast.parse + ast.dump(include_attributes=True) (the Python classes made from the
// parser's tree, and lib/ast.py's dump) must print what python3's does, and so must
// ast.unparse. Both sides run the same program and print SHA-1s per file; files python3 cannot
// parse must fail for pyglass too. The sample is bounded in size: the dump runs as Python code
// under the interpreter.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runSource } from "../../src/index.js";

const SAMPLE_SIZE = 300;
/**
 * A str literal spelling a surrogate pair as two escapes ("\ud834\udd20") is two code points in
 * CPython but one astral character in a JavaScript string, so its repr differs: such files are
 * left out (the str limitation tests/expected-failures.txt lists for codecs).
 */
const ESCAPED_PAIR = /\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/;
const MAX_BYTES = 5000;

const PROGRAM = `
import ast, hashlib, sys
for line in sys.stdin.read().split("\\n"):
    path = line.strip()
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
    except (SyntaxError, ValueError):
        print(path, "SKIP", sep="\\t")
        continue
    d = ast.dump(tree, include_attributes=True)
    u = ast.unparse(tree)
    print(path, hashlib.sha1(d.encode("utf-8", "surrogatepass")).hexdigest(),
          hashlib.sha1(u.encode("utf-8", "surrogatepass")).hexdigest(), sep="\\t")
`;

function stdlibDir(): string {
  const r = spawnSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, "python3 must be available");
  return r.stdout.trim();
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name === "__pycache__" || name === "site-packages") continue;
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st === undefined) continue;
    if (st.isDirectory()) walk(path, out);
    else if (name.endsWith(".py") && st.isFile() && st.size > 0 && st.size <= MAX_BYTES) {
      if (!ESCAPED_PAIR.test(readFileSync(path, "latin1"))) out.push(path);
    }
  }
}

function hashes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const [path, ...cols] = line.split("\t");
    out.set(path!, cols.join(" "));
  }
  return out;
}

test(`ast.dump and ast.unparse of ast.parse equal python3's on ${SAMPLE_SIZE} stdlib files`, async () => {
  const all: string[] = [];
  walk(stdlibDir(), all);
  assert.ok(all.length >= SAMPLE_SIZE, `only ${all.length} files found`);
  const files: string[] = [];
  for (let i = 0; i < SAMPLE_SIZE; i++) files.push(all[Math.floor((i * all.length) / SAMPLE_SIZE)]!);
  const input = files.join("\n") + "\n";

  const py = spawnSync("python3", ["-c", PROGRAM], { input, encoding: "utf8", maxBuffer: 1 << 24 });
  assert.equal(py.status, 0, py.stderr);
  const expected = hashes(py.stdout);
  assert.equal(expected.size, files.length, "python3 answered for every file");

  let stdout = "";
  let stderr = "";
  const r = await runSource(PROGRAM, {
    stdin: input,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  assert.equal(r.exitCode, 0, stderr);
  const got = hashes(stdout);
  const mismatches = files.filter((f) => got.get(f) !== expected.get(f));
  const parsed = files.filter((f) => expected.get(f) !== "SKIP").length;
  assert.ok(parsed >= SAMPLE_SIZE * 0.95, `python3 parsed only ${parsed} files`);
  assert.deepEqual(mismatches, []);
});

/** Compares the code of compile(source) and compile(ast.parse(source)), nested code included. */
const ROUND_TRIP = `
import ast, sys
def same(a, b):
    for attr in ("co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars",
                 "co_linetable", "co_exceptiontable", "co_flags", "co_firstlineno", "co_name"):
        if getattr(a, attr) != getattr(b, attr):
            return False
    if list(a.co_positions()) != list(b.co_positions()):
        return False
    code_a = [c for c in a.co_consts if hasattr(c, "co_code")]
    code_b = [c for c in b.co_consts if hasattr(c, "co_code")]
    other_a = [c for c in a.co_consts if not hasattr(c, "co_code")]
    other_b = [c for c in b.co_consts if not hasattr(c, "co_code")]
    if repr(other_a) != repr(other_b) or len(code_a) != len(code_b):
        return False
    return all(same(x, y) for x, y in zip(code_a, code_b))
for line in sys.stdin.read().split("\\n"):
    path = line.strip()
    if not path:
        continue
    with open(path, "rb") as f:
        src = f.read()
    try:
        direct = compile(src, path, "exec")
    except (SyntaxError, ValueError):
        continue
    if not same(direct, compile(ast.parse(src, path), path, "exec")):
        print(path)
`;

test("compile() of ast.parse's tree gives the code compile() of the source gives", async () => {
  const all: string[] = [];
  walk(stdlibDir(), all);
  const files: string[] = [];
  for (let i = 0; i < 100; i++) files.push(all[Math.floor((i * all.length) / 100)]!);
  let stdout = "";
  let stderr = "";
  const r = await runSource(ROUND_TRIP, {
    stdin: files.join("\n") + "\n",
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  assert.equal(r.exitCode, 0, stderr);
  assert.equal(stdout, "", "files whose code differs");
});
