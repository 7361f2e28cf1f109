/**
 * The bundled standard library (lib/*.py, see scripts/gen-lib-bundle.mjs) as a read-only
 * directory on sys.path, so tracebacks through these modules show real paths and source lines.
 */
import { LIB_SOURCES } from "./lib-bundle.generated.js";

export const LIB_DIR = "/pyglass/lib";

const dirs = new Set<string>([LIB_DIR]);
for (const path of Object.keys(LIB_SOURCES)) {
  const parts = path.split("/");
  for (let i = 1; i < parts.length; i++) dirs.add(`${LIB_DIR}/${parts.slice(0, i).join("/")}`);
}

/** The source of a bundled file by absolute path, or null. */
export function libFile(path: string): string | null {
  if (!path.startsWith(LIB_DIR + "/")) return null;
  return LIB_SOURCES[path.slice(LIB_DIR.length + 1)] ?? null;
}

export function libIsDir(path: string): boolean {
  return dirs.has(path);
}
