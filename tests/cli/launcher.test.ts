// The `pyglass` launcher (bin/pyglass.js) runs the single-file build through V8's code cache
// (scripts/bundle.mjs). These tests check that the build the suite just made is the one the
// launcher uses, that V8 accepts its cache, and that programs behave the same through it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import vm from "node:vm";

const root = process.cwd();
const BUNDLE = join(root, "dist", "pyglass.cjs");
const CACHE = join(root, "dist", "pyglass.cjs.cache");

interface BundleFormat {
  wrapBundle(source: string): string;
}

test("the single-file build is at least as new as the compiled tree, so the launcher uses it", () => {
  const entry = statSync(join(root, "dist", "src", "cli", "main.js")).mtimeMs;
  assert.ok(
    statSync(BUNDLE).mtimeMs >= entry,
    "dist/pyglass.cjs is older than dist/src: run scripts/bundle.mjs",
  );
});

test("V8 accepts the code cache made for the bundle", async () => {
  const format = (await import(join(root, "bin", "bundle-format.js"))) as BundleFormat;
  const source = readFileSync(BUNDLE, "utf8");
  const script = new vm.Script(format.wrapBundle(source), {
    filename: BUNDLE,
    cachedData: readFileSync(CACHE),
  });
  assert.equal(script.cachedDataRejected, false);
});

test("a program run through the launcher prints, fails and exits as through the modules", () => {
  const program = "import sys\nprint(sum(i * i for i in range(10)), sys.argv[1:])\nraise SystemExit(3)\n";
  const viaLauncher = spawnSync(process.execPath, [join(root, "bin", "pyglass.js"), "-c", program, "x"], {
    encoding: "utf8",
  });
  assert.equal(viaLauncher.stdout, "285 ['x']\n");
  assert.equal(viaLauncher.status, 3);
  const failing = spawnSync(process.execPath, [join(root, "bin", "pyglass.js"), "-c", "1/0"], {
    encoding: "utf8",
  });
  assert.equal(failing.status, 1);
  assert.match(
    failing.stderr,
    /^Traceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n$/,
  );
});
