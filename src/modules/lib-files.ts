/**
 * The bundled standard library (lib/*.py, see scripts/gen-lib-bundle.mjs) as a read-only
 * directory on sys.path, so tracebacks through these modules show real paths and source lines.
 *
 * Sources are made only when first read, and an embedder may install a cache of the modules'
 * compiled code (scripts/bundle.mjs builds dist/lib-code.bin; bin/pyglass.js installs it), which
 * the importer uses instead of compiling, as CPython uses a current .pyc instead of its source.
 */
import type { CodeObject } from "../compiler/code.js";
import type { CacheEntry } from "../compiler/code-serialize.js";
import { deserializeCode, readCacheFile } from "../compiler/code-serialize.js";
import { LIB_CODE_KEY, LIB_HASHES, LIB_PATHS, LIB_SOURCES } from "./lib-bundle.generated.js";

export const LIB_DIR = "/pyglass/lib";

let dirs: Set<string> | null = null;

function libDirs(): Set<string> {
  if (dirs === null) {
    dirs = new Set<string>([LIB_DIR]);
    for (const path of LIB_PATHS) {
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++) dirs.add(`${LIB_DIR}/${parts.slice(0, i).join("/")}`);
    }
  }
  return dirs;
}

function relativePath(path: string): string | null {
  return path.startsWith(LIB_DIR + "/") ? path.slice(LIB_DIR.length + 1) : null;
}

/** The source of a bundled file by absolute path, or null. */
export function libFile(path: string): string | null {
  const rel = relativePath(path);
  if (rel === null) return null;
  const source = LIB_SOURCES[rel];
  return source === undefined ? null : source();
}

/** Is there a bundled file at this absolute path? (Without making its source.) */
export function libHasFile(path: string): boolean {
  const rel = relativePath(path);
  return rel !== null && Object.hasOwn(LIB_HASHES, rel);
}

export function libIsDir(path: string): boolean {
  return libDirs().has(path);
}

let codeProvider: (() => Uint8Array | null) | null = null;
let codeIndex: Map<string, CacheEntry> | null = null;

/**
 * Installs the compiled-code cache, read on the first import of a bundled module. A cache made
 * by another compiler (LIB_CODE_KEY differs) is ignored as a whole, and each module's entry only
 * counts while its source hash matches the bundled source: otherwise the module is compiled.
 */
export function installLibCode(provider: () => Uint8Array | null): void {
  codeProvider = provider;
  codeIndex = null;
}

/** The cached code of the bundled module at this absolute path, or null (compile it then). */
export function cachedLibCode(path: string): CodeObject | null {
  const rel = relativePath(path);
  if (rel === null) return null;
  if (codeIndex === null) {
    if (codeProvider === null) return null;
    const data = codeProvider();
    codeProvider = null;
    codeIndex = (data === null ? null : readCacheFile(data, LIB_CODE_KEY)) ?? new Map();
  }
  const entry = codeIndex.get(rel);
  if (entry === undefined || entry.sourceHash !== LIB_HASHES[rel]) return null;
  return deserializeCode(entry.blob);
}
