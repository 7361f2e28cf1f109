// The entry of the start-up snapshot dist/pyglass.blob, run by scripts/snapshot.mjs as
// `node --snapshot-blob dist/pyglass.blob --build-snapshot scripts/snapshot-entry.cjs` with
// PYGLASS_SNAPSHOT_BUNDLE naming the bundle (dist/pyglass.cjs).
//
// It evaluates the bundle, runs the warm-up (src/cli/snapshot.ts) and leaves the main function
// the snapshot starts with: `node --snapshot-blob DIST/pyglass.blob DIST ARG...` (bin/pyglass)
// runs the CLI on ARG... as bin/pyglass.js does. Everything that depends on the run (argv,
// environment, cwd, clocks, seeds, stdio, the lib-code cache file) is read by main() when it
// runs, after deserialization; the snapshot only holds what every run starts with.
"use strict";
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- Node runs a snapshot's entry as a CommonJS script */
const { readFileSync, statSync } = require("node:fs");
const { dirname, join } = require("node:path");
const v8 = require("node:v8");

const bundlePath = process.env.PYGLASS_SNAPSHOT_BUNDLE;
if (bundlePath === undefined) throw new Error("snapshot-entry: PYGLASS_SNAPSHOT_BUNDLE is not set");

// Wrapped as bin/bundle-format.js's wrapBundle does (an ES module, which this script cannot load).
const source = readFileSync(bundlePath, "utf8");
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const pyglass = { exports: {} };
// Evaluated by indirect eval rather than node:vm, which Node does not support in snapshots;
// sourceURL names the bundle in stack traces as vm.Script's filename would.
const factory = (0, eval)(`${wrapped}\n//# sourceURL=${bundlePath}`);
factory(pyglass.exports, require, pyglass, bundlePath, dirname(bundlePath));
const { main, installLibCode, setLibSourcesDir, warmUp } = pyglass.exports;

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The run: process.argv is [node, DIST, ARG...]. */
function run() {
  const dist = process.argv[1];
  setLibSourcesDir(dist);
  // The compiled lib modules, on the launcher's terms (bin/pyglass.js's libCode): only when at
  // least as new as the compiled tree.
  installLibCode(() => {
    const path = join(dist, "lib-code.bin");
    if (modifiedAt(path) < modifiedAt(join(dist, "src", "cli", "main.js"))) return null;
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  });
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}

warmUp().then((failure) => {
  if (failure !== null) throw new Error(`snapshot-entry: the warm-up program failed (${failure})`);
  v8.startupSnapshot.setDeserializeMainFunction(run);
});
