// The compiled-code cache of the bundled lib/ modules (src/compiler/code-serialize.ts,
// src/modules/lib-files.ts): serialized code must come back equal, field by field and
// recursively, to a fresh compile of every module, and a cache that does not match the sources or
// the compiler must never be used.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import type { CodeObject } from "../../src/compiler/code.js";
import {
  deserializeCode,
  readCacheFile,
  serializeCode,
  writeCacheFile,
} from "../../src/compiler/code-serialize.js";
import { loadDefaultCompiler } from "../../src/index.js";
import { LIB_CODE_KEY, LIB_HASHES, LIB_PATHS, LIB_SOURCES } from "../../src/modules/lib-bundle.generated.js";
import { LIB_DIR, cachedLibCode, installLibCode, libFile, libHasFile } from "../../src/modules/lib-files.js";

/** Deep equality that names the first differing field (Object.is for numbers: -0.0, NaN). */
function diff(a: unknown, b: unknown, where: string): string | null {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return Object.is(a, b) ? null : `${where}: ${String(a)} != ${String(b)}`;
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array)) return `${where}: not both bytes`;
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return `${where}: bytes differ`;
    return null;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${where}: array and non-array`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${where}: keys ${ka.join()} != ${kb.join()}`;
  for (const k of ka) {
    const d = diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

const compile = await loadDefaultCompiler();
const fresh = new Map<string, CodeObject>();
for (const path of LIB_PATHS) {
  fresh.set(path, compile(LIB_SOURCES[path]!(), `${LIB_DIR}/${path}`, "exec", 0));
}

test("every lib module's code survives serialization unchanged", () => {
  assert.ok(fresh.size > 50, "the lib bundle lists its modules");
  for (const [path, code] of fresh) {
    const back = deserializeCode(serializeCode(code));
    assert.equal(diff(back, code, path), null);
  }
});

test("the comparison sees a difference deep inside a nested code object", () => {
  const code = fresh.get("functools.py")!;
  const back = deserializeCode(serializeCode(code)) as unknown as { co_consts: unknown[] };
  const i = back.co_consts.findIndex((c) => typeof c === "object" && c !== null && "co_code" in c);
  const inner = back.co_consts[i] as { co_firstlineno: number };
  inner.co_firstlineno += 1;
  assert.match(diff(back, code, "functools") ?? "", /co_consts\.\d+\.co_firstlineno/);
});

test("constants of every kind round-trip", () => {
  const code = compile(
    "x = (None, True, False, 0, -1, 2**53, -(2**70), 1.5, -0.0, float('nan'), 'a\\udc80\\u20ac', b'\\x00\\xff', 3j, ..., frozenset({1}))\n" +
      "if x in {1, 2, 3}: pass\n",
    "<t>",
    "exec",
    0,
  );
  assert.equal(diff(deserializeCode(serializeCode(code)), code, "consts"), null);
});

test("the build's cache file equals a fresh compile of every module it holds", (t) => {
  const file = fileURLToPath(new URL("../../lib-code.bin", import.meta.url));
  if (!existsSync(file)) {
    t.skip("no lib-code.bin next to this build (scripts/bundle.mjs makes it)");
    return;
  }
  const entries = readCacheFile(readFileSync(file), LIB_CODE_KEY);
  assert.ok(entries !== null, "the cache was made by this build's compiler");
  for (const [path, code] of fresh) {
    const entry = entries.get(path);
    assert.ok(entry !== undefined, `${path} is in the cache`);
    assert.equal(entry.sourceHash, LIB_HASHES[path]);
    assert.equal(diff(deserializeCode(entry.blob), code, path), null);
  }
});

test("the importer's cache is used only for the same compiler key and source hash", () => {
  const path = "functools.py";
  const abs = `${LIB_DIR}/${path}`;
  const blob = serializeCode(fresh.get(path)!);
  const cacheWith = (key: string, hash: string): Uint8Array =>
    writeCacheFile(key, [{ path, sourceHash: hash, blob }]);
  try {
    installLibCode(() => cacheWith(LIB_CODE_KEY, LIB_HASHES[path]!));
    assert.equal(diff(cachedLibCode(abs), fresh.get(path), path), null);
    installLibCode(() => cacheWith(`${LIB_CODE_KEY}x`, LIB_HASHES[path]!));
    assert.equal(cachedLibCode(abs), null, "another compiler's cache is ignored");
    installLibCode(() => cacheWith(LIB_CODE_KEY, "0000000000000000"));
    assert.equal(cachedLibCode(abs), null, "code of an edited source is ignored");
    installLibCode(() => new Uint8Array([1, 2, 3]));
    assert.equal(cachedLibCode(abs), null, "a file that is not a cache is ignored");
    installLibCode(() => null);
    assert.equal(cachedLibCode(abs), null);
  } finally {
    installLibCode(() => null);
  }
});

test("bundled sources are found without being read, and read on demand", () => {
  assert.ok(libHasFile(`${LIB_DIR}/functools.py`));
  assert.ok(!libHasFile(`${LIB_DIR}/no_such_module.py`));
  assert.ok(!libHasFile("/elsewhere/functools.py"));
  assert.equal(libFile(`${LIB_DIR}/functools.py`), LIB_SOURCES["functools.py"]!());
  assert.equal(libFile(`${LIB_DIR}/no_such_module.py`), null);
});
