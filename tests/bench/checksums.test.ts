// Keeps the benchmark suite from rotting: every program listed in bench/suite.json runs under
// python3 at its tiny size, prints exactly one checksum line, reports its own elapsed time the
// way the runner reads it, and prints the same checksum whatever the hash seed (pyglass is
// compared against that line, so it must not depend on set or dict order of str keys).
// Nothing here is timed.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

interface Entry {
  readonly name: string;
  readonly group: string;
  readonly tiny: string;
}

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const root = process.cwd();
const programs = join(root, "bench", "programs");
const suite = (JSON.parse(readFileSync(join(root, "bench", "suite.json"), "utf8")) as { benchmarks: Entry[] })
  .benchmarks;
// The real binary, not a shim on PATH: a shim costs more start-up than the tiny runs themselves.
const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).trim();

/** Modules a benchmark may import: time and sys for the harness, the rest where it is the subject. */
const ALLOWED_IMPORTS = new Set(["sys", "time", "json", "re", "threading", "queue", "asyncio", "gc"]);

function run(file: string, args: readonly string[], hashSeed: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [file, ...args], {
      cwd: root,
      env: { ...process.env, PYTHONHASHSEED: hashSeed },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

test("bench/suite.json lists exactly the programs in bench/programs", () => {
  const files = readdirSync(programs)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.slice(0, -3))
    .sort();
  assert.deepEqual(suite.map((b) => b.name).sort(), files);
  assert.equal(new Set(suite.map((b) => b.name)).size, suite.length, "a benchmark is listed twice");
});

test("the suite has at least 16 core benchmarks, and every entry a known group and a size", () => {
  assert.ok(suite.filter((b) => b.group === "core").length >= 16);
  for (const b of suite) {
    assert.ok(b.group === "core" || b.group === "later", `${b.name}: group ${b.group}`);
    assert.match(b.tiny, /^\d+$/, `${b.name}: tiny size`);
  }
});

test("benchmarks import only the harness modules and the module they measure", () => {
  for (const b of suite) {
    const source = readFileSync(join(programs, `${b.name}.py`), "utf8");
    for (const m of source.matchAll(/^(?:import|from)\s+([\w.]+)/gm)) {
      assert.ok(ALLOWED_IMPORTS.has(m[1]!.split(".")[0]!), `${b.name} imports ${m[1]}`);
    }
  }
});

for (const b of suite) {
  test(`${b.name}: one checksum line, an elapsed-time line, same output under two hash seeds`, async () => {
    const file = join(programs, `${b.name}.py`);
    const [first, second] = await Promise.all([run(file, [b.tiny], "0"), run(file, [b.tiny], "4242")]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^checksum: \S[^\n]*\n$/);
    assert.match(first.stderr, /^bench-elapsed: \d+\.\d{6}$/m);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, first.stdout, "the output depends on the hash seed");
  });
}
