// `pyglass ast FILE` prints what python3 prints for
// `print(ast.dump(ast.parse(open(FILE, 'rb').read(), FILE), include_attributes=True))`, and
// reports a syntax error as python3's top-level handler does (its traceback lines aside).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";

const PYTHON =
  "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(), sys.argv[1]), include_attributes=True))";

async function ours(path: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(["ast", path], {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  });
  return { stdout: out.join(""), stderr: err.join(""), status };
}

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "pyglass-ast-")), name);
  writeFileSync(path, content);
  return path;
}

test("pyglass ast prints python3's dump", async () => {
  const path = file("ok.py", "def f(x, *, y=1):\n    return f'{x!r:>{y}}' + 'é'\n");
  const py = spawnSync("python3", ["-c", PYTHON, path], { encoding: "utf8" });
  assert.equal(py.status, 0, py.stderr);
  const got = await ours(path);
  assert.equal(got.status, 0);
  assert.equal(got.stdout, py.stdout);
  assert.equal(got.stderr, "");
});

test("pyglass ast reports a syntax error as python3 does, exit status 1", async () => {
  const path = file("bad.py", "x = 1\nif x\n    pass\n");
  const py = spawnSync("python3", ["-c", PYTHON, path], { encoding: "utf8" });
  assert.equal(py.status, 1);
  const got = await ours(path);
  assert.equal(got.status, 1);
  assert.equal(got.stdout, "");
  // python3's stderr ends with the report; before it come the traceback lines of ast.parse.
  assert.ok(py.stderr.endsWith(got.stderr), `python3:\n${py.stderr}\npyglass:\n${got.stderr}`);
  assert.match(got.stderr, /^ {2}File ".*bad\.py", line 2\n {4}if x\n {8}\^\nSyntaxError: expected ':'\n$/);
});

test("pyglass ast on a missing file", async () => {
  const got = await ours("/nonexistent/missing.py");
  assert.equal(got.status, 1);
  assert.equal(
    got.stderr,
    "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/missing.py'\n",
  );
});
