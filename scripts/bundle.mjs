// The single-file build of the command line: dist/pyglass.cjs and its V8 code cache.
//
// Start-up is dominated by loading code, not by running it: the compiled tree is a few hundred
// ES modules, and Node resolves, reads and compiles each one (~300 ms for hello world). One
// CommonJS file loaded through vm.Script with V8's code cache skips the module graph and most
// of the compilation. bin/pyglass.js uses this bundle when it is at least as new as the
// compiled tree, and the modules under dist/src otherwise.
//
// The cache is made here by running a small warm-up program through the bundle, so that the
// functions every run needs (parser, compiler, eval loop, object bootstrap) are in it compiled.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { BUNDLE, CODE_CACHE, LIB_CODE, LIB_SOURCES_FILE, wrapBundle } from "../bin/bundle-format.js";
import { compilerKey, sourceHash } from "./gen-lib-bundle.mjs";
import { buildSnapshot } from "./snapshot.mjs";

// `--root DIR` builds from DIR/dist/src into DIR/dist instead of this package's dist/ (a private
// build tree, e.g. one made with `tsc --outDir DIR/dist`).
const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 ? process.argv[rootArg + 1] : fileURLToPath(new URL("..", import.meta.url));
const bundlePath = join(root, BUNDLE);
const cachePath = join(root, CODE_CACHE);
const distUrl = (path) => pathToFileURL(join(root, "dist", "src", path)).href;
const lib = await import(distUrl("modules/lib-bundle.generated.js"));

// The lib sources (a megabyte) stay out of the bundle, which every run reads whole: they go to
// LIB_SOURCES_FILE, read the first time a bundled source is needed (a module without cached
// code, or a traceback line). The bundle's copy of lib-bundle.generated.js keeps the paths, the
// hashes and the key, and reads the sources from beside the bundle.
const libSourcesPath = join(root, LIB_SOURCES_FILE);
writeFileSync(
  libSourcesPath,
  JSON.stringify(Object.fromEntries(lib.LIB_PATHS.map((p) => [p, lib.LIB_SOURCES[p]()]))),
);
const libSourcesOutside = {
  name: "lib-sources-outside",
  setup(b) {
    b.onLoad({ filter: /[\\/]modules[\\/]lib-bundle\.generated\.js$/ }, () => ({
      loader: "js",
      contents: [
        `export const LIB_PATHS = ${JSON.stringify(lib.LIB_PATHS)};`,
        `export const LIB_HASHES = ${JSON.stringify(lib.LIB_HASHES)};`,
        `export const LIB_CODE_KEY = ${JSON.stringify(lib.LIB_CODE_KEY)};`,
        "let all = null;",
        // The folder is the bundle's, unless the start-up snapshot says where it now is (the
        // snapshot was made with the bundle's folder at build time; see scripts/snapshot-entry.cjs).
        "let dir = __dirname;",
        "export const setLibSourcesDir = (d) => { dir = d; all = null; };",
        "const read = (path) => {",
        `  all ??= JSON.parse(require("node:fs").readFileSync(require("node:path").join(dir, ${JSON.stringify(basename(LIB_SOURCES_FILE))}), "utf8"));`,
        "  return all[path];",
        "};",
        "export const LIB_SOURCES = Object.fromEntries(LIB_PATHS.map((p) => [p, () => read(p)]));",
      ].join("\n"),
    }));
  },
};

await build({
  // The CLI's main() and the hook the launcher installs the compiled lib code with.
  stdin: {
    contents: [
      'export { main } from "./src/cli/main.js";',
      'export { installLibCode } from "./src/modules/lib-files.js";',
      // For the start-up snapshot (scripts/snapshot.mjs).
      'export { warmUp } from "./src/cli/snapshot.js";',
      'export { setLibSourcesDir } from "./src/modules/lib-bundle.generated.js";',
    ].join("\n"),
    resolveDir: join(root, "dist"),
    sourcefile: "pyglass-entry.js",
    loader: "js",
  },
  outfile: bundlePath,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The CLI loads node:fs and the parser with import(); a CommonJS file run by vm.Script has no
  // dynamic-import hook in Node 20, so those become require() calls.
  supported: { "dynamic-import": false },
  plugins: [libSourcesOutside],
  logLevel: "warning",
});

// Only ASCII, so that V8 holds the bundle's source as one byte per character: esbuild escapes
// strings and identifiers, and what is left is in comments.
writeFileSync(
  bundlePath,
  readFileSync(bundlePath, "utf8").replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  ),
);

// Exercises the paths every program takes; prints nothing.
const WARM_UP = `
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

def squares(n):
    return [i * i for i in range(n) if i % 2 == 0]

total = 0
for p in [Point(i, str(i)) for i in range(50)]:
    try:
        total += p.x + len(repr(p)) + sum(squares(10))
    except (TypeError, ValueError) as e:
        raise RuntimeError("unreachable") from e
data = {"k": [1, 2.5, None, True], "s": {1, 2}}
assert sorted(data) == ["k", "s"] and total > 0

# The machinery most imports run (the importer, class creation, ABCs, enums, dataclasses, regular
# expressions compiled at import time): the code cache then holds it compiled.
import collections, functools, re, typing, enum, dataclasses, threading, asyncio
`;

// The compiled lib/ modules (see src/modules/lib-files.ts): every module compiled by the
// compiler just built, exactly as the importer would compile it, and serialized. A module whose
// compilation warns is left out, so that its warnings are still printed when it is imported.
const libCodePath = join(root, LIB_CODE);
const { LIB_DIR } = await import(distUrl("modules/lib-files.js"));
rmSync(libCodePath, { force: true });
let libCode = null;
if (lib.LIB_CODE_KEY === compilerKey()) {
  libCode = await compileLib();
  writeFileSync(libCodePath, libCode);
} else {
  // The compiled tree was built from other compiler sources than these, so its key would lie:
  // no cache then (programs still run, compiling lib modules as they are imported).
  console.warn("bundle: the compiler changed since node scripts/generate.mjs ran: no lib code cache");
}

async function compileLib() {
  const { loadDefaultCompiler } = await import(distUrl("index.js"));
  const { serializeCode, writeCacheFile } = await import(distUrl("compiler/code-serialize.js"));
  const compile = await loadDefaultCompiler();
  const entries = [];
  for (const path of lib.LIB_PATHS) {
    const source = lib.LIB_SOURCES[path]();
    if (sourceHash(source) !== lib.LIB_HASHES[path]) throw new Error(`bundle: hash of lib/${path} disagrees`);
    let warned = false;
    const code = compile(source, `${LIB_DIR}/${path}`, "exec", 0, () => {
      warned = true;
    });
    if (!warned) entries.push({ path, sourceHash: lib.LIB_HASHES[path], blob: serializeCode(code) });
  }
  return writeCacheFile(lib.LIB_CODE_KEY, entries);
}

const source = readFileSync(bundlePath, "utf8");
const script = new vm.Script(wrapBundle(source), { filename: bundlePath });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
module.exports.installLibCode(() => libCode);
const status = await module.exports.main(["-c", WARM_UP]);
if (status !== 0) {
  console.error(`bundle: the warm-up program failed (exit ${status})`);
  process.exit(1);
}
writeFileSync(cachePath, script.createCachedData());

// The start-up snapshot made from this bundle (scripts/snapshot.mjs): without it, bin/pyglass
// runs bin/pyglass.js, so a failure is reported, not fatal.
const snapshotFailure = buildSnapshot(root);
if (snapshotFailure !== null) {
  console.warn(`bundle: no start-up snapshot, bin/pyglass will run bin/pyglass.js: ${snapshotFailure}`);
}
