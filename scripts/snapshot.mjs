// The start-up snapshot dist/pyglass.blob: a V8 heap with the bundle (dist/pyglass.cjs)
// evaluated, the object bootstrap done and the common paths compiled (scripts/snapshot-entry.cjs),
// which the `pyglass` command (bin/pyglass) starts Node from instead of loading the bundle.
// scripts/bundle.mjs calls this after making the bundle; `node scripts/snapshot.mjs [--root DIR]`
// makes it alone.
//
// A blob only works in the Node binary that made it, so SNAPSHOT_NODE records which `node` that
// is, as bin/pyglass finds it on PATH; bin/pyglass uses the blob only with that same binary, not
// changed since. When the blob cannot be made, the build says so and bin/pyglass runs
// bin/pyglass.js instead.
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE } from "../bin/bundle-format.js";

/** The snapshot, relative to the package root. */
export const SNAPSHOT = "dist/pyglass.blob";
/** The path of the `node` the snapshot was made by, as found on PATH (one line). */
export const SNAPSHOT_NODE = "dist/pyglass.blob.node";

const entry = fileURLToPath(new URL("snapshot-entry.cjs", import.meta.url));

/** The first `node` on PATH, as `command -v node` finds it, or null. */
function nodeOnPath() {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, "node");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Makes ROOT/dist/pyglass.blob from ROOT/dist/pyglass.cjs; returns null, or why it could not
 * (then there is no blob, and bin/pyglass falls back to bin/pyglass.js).
 */
export function buildSnapshot(root) {
  const blob = join(root, SNAPSHOT);
  const record = join(root, SNAPSHOT_NODE);
  rmSync(blob, { force: true });
  rmSync(record, { force: true });
  const node = nodeOnPath();
  if (node === null || realpathSync(node) !== realpathSync(process.execPath)) {
    return `the node on PATH (${node ?? "none"}) is not the one building (${process.execPath})`;
  }
  const r = spawnSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", entry], {
    env: { ...process.env, PYGLASS_SNAPSHOT_BUNDLE: join(root, BUNDLE) },
    encoding: "utf8",
  });
  if (r.status !== 0) {
    rmSync(blob, { force: true });
    const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(0, 6);
    return why.join("\n");
  }
  writeFileSync(record, `${node}\n`);
  return null;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootArg = process.argv.indexOf("--root");
  const root = rootArg > 0 ? process.argv[rootArg + 1] : fileURLToPath(new URL("..", import.meta.url));
  const failure = buildSnapshot(root);
  if (failure !== null) {
    console.warn(`snapshot: no start-up snapshot, bin/pyglass will run bin/pyglass.js: ${failure}`);
  }
}
