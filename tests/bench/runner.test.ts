// The bench runner end to end, against a stand-in for pyglass's build (`--dist`) whose CLI
// runs the real CPython and then, on request, spoils the output or fails: the runner must
// report a correct run with a ratio, a wrong checksum as wrong-output and a crash as an error
// with its message, and count only the correct run in the geometric mean. Tiny sizes, one run;
// no time is asserted.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "pyglass-bench-test-"));
after(() => rmSync(work, { recursive: true, force: true }));

const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).trim();

// A build folder whose src/cli/main.js behaves like a pyglass that runs programs by handing
// them to CPython; STANDIN_SPOIL / STANDIN_CRASH name a program to get wrong. pyglass's own
// options (before the file, e.g. --real-time) are dropped, as CPython has none of them.
const standIn = join(work, "dist");
mkdirSync(join(standIn, "src", "cli"), { recursive: true });
writeFileSync(
  join(standIn, "src", "cli", "main.js"),
  `import { spawnSync } from "node:child_process";
export async function main(options) {
  const argv = options.slice(options.findIndex((a) => !a.startsWith("--")));
  if (argv[0].includes(process.env.STANDIN_CRASH)) {
    process.stderr.write("Traceback (most recent call last):\\nNameError: name 'x' is not defined\\n");
    return 1;
  }
  const r = spawnSync(process.env.STANDIN_PYTHON, argv, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  const spoil = argv[0].includes(process.env.STANDIN_SPOIL);
  process.stdout.write(spoil ? r.stdout.replace("checksum: ", "checksum: 1") : r.stdout);
  return r.status;
}
`,
);

interface Side {
  status: string;
  detail: string | null;
  checksum: string | null;
  runs: { wallSeconds: number; inProcessSeconds: number | null; maxRssKb: number | null }[];
}
interface Result {
  summary: Record<string, { ranCorrectly: number; benchmarks: number; failures: Record<string, number> }>;
  benchmarks: { name: string; ratio: number | null; cpython: Side; pyglass: Side | null }[];
}

const outFile = join(work, "result.json");
const run = spawnSync(
  process.execPath,
  [
    join(root, "scripts", "bench.mjs"),
    ...["--tiny", "--quick", "--dist", standIn, "--out", outFile],
    ...["richards", "nbody", "fannkuch"],
  ],
  {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, STANDIN_PYTHON: python, STANDIN_SPOIL: "nbody", STANDIN_CRASH: "fannkuch" },
  },
);

test("the runner exits 0 and prints the table and the summary", () => {
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^benchmark +CPython +pyglass +ratio /m);
  assert.match(
    run.stdout,
    /^core: pyglass ran 1 of 3 correctly \(could not: 1 wrong-output, 1 error\); geometric/m,
  );
});

test("a correct pyglass run gets a ratio, and CPython's checksum is the program's", () => {
  const result = JSON.parse(readFileSync(outFile, "utf8")) as Result;
  const richards = result.benchmarks.find((b) => b.name === "richards")!;
  assert.equal(richards.pyglass!.status, "ok");
  assert.equal(richards.cpython.runs.length, 1);
  assert.equal(richards.pyglass!.runs.length, 1);
  assert.ok(typeof richards.ratio === "number" && richards.ratio > 0);
  const direct = execFileSync(python, [join(root, "bench", "programs", "richards.py"), "300"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  assert.equal(richards.cpython.checksum, direct.trim());
  assert.equal(richards.pyglass!.checksum, direct.trim());
});

test("a wrong checksum and a crash are reported with what went wrong, and get no ratio", () => {
  const result = JSON.parse(readFileSync(outFile, "utf8")) as Result;
  const nbody = result.benchmarks.find((b) => b.name === "nbody")!;
  assert.equal(nbody.pyglass!.status, "wrong-output");
  assert.match(nbody.pyglass!.detail!, /checksum: 1-0\.37/);
  assert.equal(nbody.ratio, null);
  const fannkuch = result.benchmarks.find((b) => b.name === "fannkuch")!;
  assert.equal(fannkuch.pyglass!.status, "error");
  assert.equal(fannkuch.pyglass!.detail, "exit 1: NameError: name 'x' is not defined");
  assert.equal(fannkuch.ratio, null);
  assert.deepEqual(result.summary.core!.failures, { "wrong-output": 1, error: 1 });
});
