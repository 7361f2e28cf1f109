// The `pyglass` command (bin/pyglass) starts Node from the start-up snapshot dist/pyglass.blob
// (scripts/snapshot.mjs) when it is current, and runs bin/pyglass.js otherwise. These tests
// check that the build made the snapshot, that the command uses it, and that programs give the
// same output, errors and exit status through it as through bin/pyglass.js — including what a
// snapshot could wrongly bake in: argv, stdin, hash seeds, random seeds, object ids.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import type { SpawnSyncReturns } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const root = process.cwd();
const COMMAND = join(root, "bin", "pyglass");
const BLOB = join(root, "dist", "pyglass.blob");
// The runs' environment: without NODE_OPTIONS, with which the command never takes the snapshot.
const baseEnv: Record<string, string | undefined> = { ...process.env };
delete baseEnv.NODE_OPTIONS;
const work = mkdtempSync(join(tmpdir(), "pyglass-snapshot-"));
after(() => rmSync(work, { recursive: true, force: true }));

interface Options {
  readonly input?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

function run(
  command: readonly string[],
  args: readonly string[],
  options: Options = {},
): SpawnSyncReturns<string> {
  return spawnSync(command[0]!, [...command.slice(1), ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    cwd: options.cwd ?? root,
    env: { ...baseEnv, ...options.env },
  });
}

const viaSnapshot = [COMMAND];
const viaLauncher = [process.execPath, join(root, "bin", "pyglass.js")];

/** Which way `sh COMMAND` went: the snapshot or bin/pyglass.js (from the shell's trace). */
function wayTaken(command: string, env: Readonly<Record<string, string>> = {}): "snapshot" | "launcher" {
  const r = spawnSync("sh", ["-x", command, "-c", "pass"], { encoding: "utf8", env: { ...baseEnv, ...env } });
  assert.equal(r.status, 0, r.stderr);
  const exec = r.stderr.split("\n").filter((l) => l.startsWith("+ exec "));
  assert.equal(exec.length, 1, r.stderr);
  return exec[0]!.includes("--snapshot-blob") ? "snapshot" : "launcher";
}

test("the build made a start-up snapshot newer than the compiled tree, and the command uses it", () => {
  const entry = statSync(join(root, "dist", "src", "cli", "main.js")).mtimeMs;
  assert.ok(
    statSync(BLOB).mtimeMs > entry,
    "dist/pyglass.blob is older than dist/src: run scripts/bundle.mjs",
  );
  assert.equal(wayTaken(COMMAND), "snapshot");
});

test("programs print, fail and exit the same through the snapshot as through bin/pyglass.js", () => {
  const script = join(work, "prog.py");
  writeFileSync(
    script,
    "import sys\nprint('hello world', sys.argv)\nprint(input(), input())\nraise SystemExit(sys.argv[1])\n",
  );
  const cases: { args: string[]; options?: Options }[] = [
    { args: ["-c", "print('hello world')"] },
    { args: [script, "3", "--foo", "-c"], options: { input: "a\nb\n" } },
    { args: ["prog.py", "x"], options: { input: "one\ntwo\n", cwd: work } },
    { args: ["-c", "def f():\n    1/0\nf()"] },
    { args: ["-c", "import json\njson.loads('{')"] },
    {
      args: ["-c", "import sys; print(sys.argv, sys.path[0] == '', input())", "-V", "--"],
      options: { input: "x" },
    },
    {
      args: ["-c", "import os; print(os.environ['SNAPSHOT_TEST'], os.getcwd())"],
      options: { env: { SNAPSHOT_TEST: "seen" }, cwd: work },
    },
    // Object ids and str hashes are those of a fresh start (hashes are random per run without
    // PYTHONHASHSEED, so both runs are given one: that of the warm-up and another).
    {
      args: ["-c", "print(id(object()), hash('abc'), hash(b'abc'), {'x', 'y', 'z', 'w'})"],
      options: { env: { PYTHONHASHSEED: "0" } },
    },
    {
      args: ["-c", "print(hash('abc'), {'x', 'y', 'z', 'w'})"],
      options: { env: { PYTHONHASHSEED: "1234" } },
    },
    { args: ["-c", "import sys\nsys.stderr.write('err\\n')\nsys.exit(5)"] },
    { args: ["--no-such-option"] },
    { args: ["-V"] },
    { args: ["no-such-file.py"] },
  ];
  for (const { args, options } of cases) {
    const a = run(viaSnapshot, args, options);
    const b = run(viaLauncher, args, options);
    const what = JSON.stringify(args);
    assert.equal(a.stdout, b.stdout, `stdout of ${what}`);
    assert.equal(a.stderr, b.stderr, `stderr of ${what}`);
    assert.equal(a.status, b.status, `status of ${what}`);
  }
  const first = run(viaSnapshot, ["-c", "print('hello world')"]);
  assert.equal(first.stdout, "hello world\n");
});

test("seeds are not baked into the snapshot: random differs between runs, PYTHONHASHSEED applies", () => {
  const program = "import random; print(random.random(), random.getrandbits(64))";
  const one = run(viaSnapshot, ["-c", program]);
  const two = run(viaSnapshot, ["-c", program]);
  assert.equal(one.status, 0, one.stderr);
  assert.notEqual(one.stdout, two.stdout);
  const hashes = (seed: string): string =>
    run(viaSnapshot, ["-c", "print(hash('abc'))"], { env: { PYTHONHASHSEED: seed } }).stdout;
  assert.notEqual(hashes("1"), hashes("2"));
  assert.equal(hashes("7"), hashes("7"));
  // The thread schedule's seed (printed when a threaded run fails) is chosen afresh by each run.
  const threaded =
    "import threading\nt = threading.Thread(target=lambda: None)\nt.start()\nt.join()\nraise SystemExit(1)";
  const seeds = [run(viaSnapshot, ["-c", threaded]).stderr, run(viaSnapshot, ["-c", threaded]).stderr];
  assert.match(seeds[0]!, /--seed \d+/);
  assert.notEqual(seeds[0], seeds[1]);
});

test("sockets, threads and select work through the snapshot as through bin/pyglass.js", () => {
  // The host's networking is loaded into the snapshot (src/cli/snapshot.ts): it must still work.
  for (const name of ["socket/thread_echo", "socket/getaddrinfo", "select/select_server"]) {
    const path = join(root, "tests", "cases", "modules", `${name}.py`);
    const a = run(viaSnapshot, [path]);
    const b = run(viaLauncher, [path]);
    assert.equal(a.status, 0, `${name}: ${a.stderr}`);
    assert.notEqual(a.stdout, "");
    assert.equal(a.stdout, b.stdout, name);
    assert.equal(a.stderr, b.stderr, name);
  }
});

test("with NODE_OPTIONS set the command runs bin/pyglass.js (V8 flags there would make Node refuse the blob)", () => {
  const env = { NODE_OPTIONS: "--max-old-space-size=4096" };
  assert.equal(wayTaken(COMMAND, env), "launcher");
  const r = run(viaSnapshot, ["-c", "print('with options')"], { env });
  assert.equal(r.stdout, "with options\n");
  assert.equal(r.status, 0);
});

test("the command works through a symlink, as npm installs it", () => {
  const binDir = join(work, "node_modules", ".bin");
  mkdirSync(binDir, { recursive: true });
  const link = join(binDir, "pyglass");
  symlinkSync(COMMAND, link);
  const r = spawnSync(link, ["-c", "print('linked')"], { encoding: "utf8", env: baseEnv });
  assert.equal(r.stdout, "linked\n");
  assert.equal(wayTaken(link), "snapshot");
});

test("without a usable snapshot the command runs bin/pyglass.js", () => {
  // A copy of the package whose snapshot was made by another node binary.
  const pkg = join(work, "pkg");
  mkdirSync(join(pkg, "bin"), { recursive: true });
  mkdirSync(join(pkg, "dist", "src", "cli"), { recursive: true });
  for (const f of ["pyglass", "pyglass.js", "bundle-format.js"])
    copyFileSync(join(root, "bin", f), join(pkg, "bin", f));
  for (const f of ["pyglass.cjs", "pyglass.cjs.cache", "lib-code.bin", "lib-sources.json"]) {
    symlinkSync(join(root, "dist", f), join(pkg, "dist", f));
  }
  // The compiled tree as old as the real one, so bin/pyglass.js takes the bundle (symlinked).
  const mainJs = join(pkg, "dist", "src", "cli", "main.js");
  const original = statSync(join(root, "dist", "src", "cli", "main.js"));
  writeFileSync(mainJs, readFileSync(join(root, "dist", "src", "cli", "main.js")));
  utimesSync(mainJs, original.atime, original.mtime);
  copyFileSync(BLOB, join(pkg, "dist", "pyglass.blob"));
  writeFileSync(join(pkg, "dist", "pyglass.blob.node"), "/elsewhere/node\n");
  const command = join(pkg, "bin", "pyglass");
  assert.equal(wayTaken(command), "launcher");
  const r = spawnSync(command, ["-c", "import sys; print('fallback', sys.argv)", "a"], {
    encoding: "utf8",
    env: baseEnv,
  });
  assert.equal(r.stdout, "fallback ['-c', 'a']\n");
  assert.equal(r.status, 0);
  // With the right node recorded, the same copy starts from its snapshot.
  writeFileSync(
    join(pkg, "dist", "pyglass.blob.node"),
    readFileSync(join(root, "dist", "pyglass.blob.node")),
  );
  assert.equal(wayTaken(command), "snapshot");
});
