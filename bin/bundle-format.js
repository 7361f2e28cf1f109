// What the single-file build is and how it is wrapped: shared by the launcher (bin/pyglass.js)
// and the script that makes the bundle and its code cache (scripts/bundle.mjs). V8 accepts a
// code cache only for the exact source it was made from, so both sides wrap the same way here.

/** The bundled CLI, relative to the package root. */
export const BUNDLE = "dist/pyglass.cjs";
/** V8's code cache for BUNDLE. */
export const CODE_CACHE = "dist/pyglass.cjs.cache";

/** The compiled lib/ modules (src/compiler/code-serialize.ts's cache file). */
export const LIB_CODE = "dist/lib-code.bin";

/** The lib/ sources the bundle reads when it needs one (JSON: path relative to lib/ -> text). */
export const LIB_SOURCES_FILE = "dist/lib-sources.json";

/** The bundle as a function of CommonJS's module parameters. */
export function wrapBundle(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}
