#!/usr/bin/env node
// The `pyglass` command: a thin launcher for the compiled CLI. It runs the single-file build
// with V8's code cache when that build is current (see scripts/bundle.mjs: it roughly halves
// start-up), and the compiled modules otherwise.
import { createRequire } from "node:module";
import { BUNDLE, CODE_CACHE, LIB_CODE, wrapBundle } from "./bundle-format.js";

// Node's built-in modules through require(): importing them as ES modules builds an ES facade of
// each, which reads every export (node:fs's lazy streams among them) on every start.
const require = createRequire(import.meta.url);
const { readFileSync, statSync } = require("node:fs");
const { dirname, join } = require("node:path");
const { fileURLToPath } = require("node:url");
const vm = require("node:vm");

const root = fileURLToPath(new URL("..", import.meta.url));
const modulesEntry = join(root, "dist", "src", "cli", "main.js");

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The compiled lib/ modules for the importer, read on the first import of one: only when at
 * least as new as the compiled tree (the rule the bundle follows), so a tree rebuilt since never
 * runs another build's code. The importer checks each module's source hash and the compiler key.
 */
function libCode() {
  const path = join(root, LIB_CODE);
  if (modifiedAt(path) < modifiedAt(modulesEntry)) return null;
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** The bundle's exports, or null when there is no bundle or it is older than the compiled tree. */
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
  return module.exports;
}

const bundle = loadBundle();
const { main, installLibCode } = bundle ?? {
  main: (await import(modulesEntry)).main,
  installLibCode: (await import(join(root, "dist", "src", "modules", "lib-files.js"))).installLibCode,
};
installLibCode(libCode);
process.exitCode = await main(process.argv.slice(2));
