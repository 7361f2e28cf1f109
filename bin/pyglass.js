#!/usr/bin/env node
// The `pyglass` command: a thin launcher for the compiled CLI. It runs the single-file build
// with V8's code cache when that build is current (see scripts/bundle.mjs: it roughly halves
// start-up), and the compiled modules otherwise.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { BUNDLE, CODE_CACHE, wrapBundle } from "./bundle-format.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const modulesEntry = join(root, "dist", "src", "cli", "main.js");

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The bundle's main(), or null when there is no bundle or it is older than the compiled tree. */
function loadBundle() {
  const bundlePath = join(root, BUNDLE);
  const built = modifiedAt(bundlePath);
  if (built < 0 || built < modifiedAt(modulesEntry)) return null;
  let cachedData;
  try {
    cachedData = readFileSync(join(root, CODE_CACHE));
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundlePath, "utf8");
  const script = new vm.Script(wrapBundle(source), { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
  );
  return module.exports.main;
}

const main = loadBundle() ?? (await import(modulesEntry)).main;
process.exitCode = await main(process.argv.slice(2));
