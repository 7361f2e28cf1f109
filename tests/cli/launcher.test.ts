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

test("lib modules run from the build's compiled-code cache as from their sources", () => {
  // Line numbers, names and source lines of frames inside lib modules, through the launcher
  // (which installs dist/lib-code.bin) and through the modules with no cache installed.
  const program =
    "import json, functools, collections\n" +
    "print(functools.reduce.__name__, json.decoder.JSONDecoder.raw_decode.__code__.co_firstlineno, collections.namedtuple.__code__.co_qualname)\n" +
    "json.loads('{')\n";
  const viaLauncher = spawnSync(process.execPath, [join(root, "bin", "pyglass.js"), "-c", program], {
    encoding: "utf8",
  });
  const entry = JSON.stringify(join(root, "dist", "src", "cli", "main.js"));
  const viaModules = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { main } = await import(${entry}); process.exitCode = await main(["-c", ${JSON.stringify(program)}]);`,
    ],
    { encoding: "utf8" },
  );
  assert.match(viaLauncher.stderr, /File "\/pyglass\/lib\/json\/decoder.py", line \d+, in raw_decode\n/);
  assert.equal(viaLauncher.stdout, viaModules.stdout);
  assert.equal(viaLauncher.stderr, viaModules.stderr);
  assert.equal(viaLauncher.status, 1);
  assert.equal(viaModules.status, 1);
});
