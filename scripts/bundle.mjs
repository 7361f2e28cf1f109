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
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { BUNDLE, CODE_CACHE, wrapBundle } from "../bin/bundle-format.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundlePath = join(root, BUNDLE);
const cachePath = join(root, CODE_CACHE);

await build({
  entryPoints: [join(root, "dist", "src", "cli", "main.js")],
  outfile: bundlePath,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The CLI loads node:fs and the parser with import(); a CommonJS file run by vm.Script has no
  // dynamic-import hook in Node 20, so those become require() calls.
  supported: { "dynamic-import": false },
  logLevel: "warning",
});

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
`;

const source = readFileSync(bundlePath, "utf8");
const script = new vm.Script(wrapBundle(source), { filename: bundlePath });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
const status = await module.exports.main(["-c", WARM_UP]);
if (status !== 0) {
  console.error(`bundle: the warm-up program failed (exit ${status})`);
  process.exit(1);
}
writeFileSync(cachePath, script.createCachedData());
